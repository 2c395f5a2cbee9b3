package io.openemp.simulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.AuxInfo;
import io.openemp.plugin.gdw376.api.ControlField;
import io.openemp.plugin.gdw376.api.DataUnitId;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Requests;
import io.openemp.plugin.gdw376.api.Seq;

/** Garbage, false starts, frames for others, unsupported AFNs and large reads from the master. */
public class HostileMasterTest {

    static final Address TERMINAL = new Address(0x0171, 1, false, 1);

    TestMaster master;
    TerminalFleet fleet;

    @Before
    public void start() throws Exception {
        master = new TestMaster();
        fleet = new TerminalFleet(FleetOptions.builder().master("127.0.0.1", master.port()).meters(200).build()).start();
        assertTrue(fleet.awaitLoggedIn(1, Duration.ofSeconds(10)));
    }

    @After
    public void stop() {
        fleet.close();
        master.close();
    }

    Frame read(int pfc) throws InterruptedException {
        return master.response(1, 0x0C, () -> master.send(1, Requests.realtime(TERMINAL, pfc, List.of(1), List.of(129), null)),
                Duration.ofSeconds(5));
    }

    @Test
    public void garbageIsSkippedAndTheNextRequestAnswered() throws Exception {
        byte[] junk = new byte[5000];
        new Random(5).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            if ((junk[i] & 0xFF) == 0x68) {
                junk[i] = 0;
            }
        }
        master.sendBytes(1, junk);
        assertNotNull("answered after garbage", read(1));
        assertTrue(fleet.count(Counter.BYTES_SKIPPED) >= 5000);
    }

    @Test
    public void aFalseStartThatNeverCompletesIsGivenUpWhenIdle() throws Exception {
        // a header announcing 16383 bytes of user data, then nothing
        master.sendBytes(1, new byte[] {0x68, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 0x68, 0x4B});
        Thread.sleep(2600);
        assertNotNull("answered once the stale bytes are dropped", read(2));
        assertTrue(fleet.count(Counter.BYTES_SKIPPED) >= 7);
    }

    @Test
    public void framesForAnotherTerminalOrTheWrongWayAreIgnored() throws Exception {
        master.send(1, Requests.realtime(new Address(0x0171, 2, false, 1), 3, List.of(1), List.of(129), null));
        Frame upward = new Frame(Frame.PROTOCOL_2013, new ControlField(Direction.UP, true, false, false, 4), TERMINAL,
                0x0C, Seq.single(1, false, false), Requests.realtime(TERMINAL, 1, List.of(1), List.of(129), null).units(),
                null, AuxInfo.NONE);
        master.send(1, upward);
        assertTrue(TestMaster.eventually(() -> fleet.count(Counter.FRAMES_IGNORED) >= 2, Duration.ofSeconds(3)));
        assertEquals(0, fleet.count(Counter.REPLIES));
    }

    @Test
    public void anUnsupportedAfnIsDenied() throws Exception {
        Frame query = Requests.queryParameters(TERMINAL, 4, List.of(0), List.of(1), null);
        Frame reply = master.response(1, 0x00, () -> master.send(1, query), Duration.ofSeconds(5));
        assertNotNull(reply);
        assertTrue(reply.item(0, 2).isPresent());
    }

    @Test
    public void aReadOfAllPointsSpansSeveralFrames() throws Exception {
        int from = master.received.size();
        master.send(1, Requests.realtime(TERMINAL, 6, List.of(DataUnitId.ALL_POINTS), List.of(129), null));
        assertTrue(TestMaster.eventually(() -> master.received.subList(from, master.received.size()).stream()
                .filter(f -> f.afn() == 0x0C && f.seq().fin()).count() == 1, Duration.ofSeconds(5)));
        List<Frame> parts = master.received.subList(from, master.received.size()).stream()
                .filter(f -> f.afn() == 0x0C && !f.control().prm()).collect(Collectors.toList());
        assertTrue("several frames: " + parts.size(), parts.size() >= 3);
        assertTrue(parts.get(0).seq().fir());
        assertTrue(parts.get(parts.size() - 1).seq().fin());
        assertEquals(200, parts.stream().mapToInt(f -> f.items().size()).sum());
        for (int i = 0; i < parts.size(); i++) {
            assertEquals((6 + i) & 0x0F, parts.get(i).seq().number());
        }
    }
}
