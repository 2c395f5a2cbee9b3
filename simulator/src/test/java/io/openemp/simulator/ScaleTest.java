package io.openemp.simulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;

/** Two thousand terminals (-Dsimulator.scale=N for more) on one event loop group log in and heartbeat against one master. */
public class ScaleTest {

    @Test
    public void twoThousandTerminals() throws Exception {
        int n = Integer.getInteger("simulator.scale", 2000);
        try (TestMaster master = new TestMaster();
                TerminalFleet fleet = new TerminalFleet(FleetOptions.builder().master("127.0.0.1", master.port())
                        .terminals(n).meters(10).threads(2).heartbeat(Duration.ofSeconds(2)).rampUp(Duration.ofSeconds(1))
                        .build())) {
            long start = System.nanoTime();
            fleet.start();
            assertTrue("logged in: " + fleet.loggedIn(), fleet.awaitLoggedIn(n, Duration.ofSeconds(60)));
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println(n + " terminals logged in after " + ms + " ms");
            assertEquals(n, master.terminals.size());
            assertTrue(TestMaster.eventually(() -> fleet.count(Counter.HEARTBEATS_CONFIRMED) >= n, Duration.ofSeconds(15)));
            assertEquals(0, fleet.count(Counter.CONNECT_FAILURES));
        }
    }
}
