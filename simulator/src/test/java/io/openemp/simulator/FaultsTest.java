package io.openemp.simulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.After;
import org.junit.Test;

import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.RejectReason;
import io.openemp.plugin.gdw376.api.Requests;

/** Each fault option, reports and their resends, reconnects; every effect seen by a master on a real socket. */
public class FaultsTest {

    static final Address TERMINAL = new Address(0x0171, 1, false, 1);

    TestMaster master;
    TerminalFleet fleet;

    TerminalFleet fleet(UnaryOperator<FleetOptions.Builder> options, int terminals) throws Exception {
        master = new TestMaster();
        fleet = new TerminalFleet(options.apply(FleetOptions.builder().master("127.0.0.1", master.port())
                .terminals(terminals).meters(2).seed(3).reconnectDelay(Duration.ofMillis(50))).build()).start();
        assertTrue("logged in", fleet.awaitLoggedIn(terminals, Duration.ofSeconds(10)));
        return fleet;
    }

    @After
    public void stop() {
        if (fleet != null) {
            fleet.close();
        }
        if (master != null) {
            master.close();
        }
    }

    Frame read(int pfc, Duration wait) throws InterruptedException {
        return master.response(1, 0x0C, () -> master.send(1, Requests.realtime(TERMINAL, pfc, List.of(1), List.of(129), null)), wait);
    }

    @Test
    public void dropSendsNoReply() throws Exception {
        fleet(b -> b.drop(1.0), 1);
        assertNull("no reply", read(1, Duration.ofMillis(500)));
        assertEquals(1, fleet.count(Counter.FAULT_DROPPED));
        assertEquals(0, fleet.count(Counter.REPLIES));
        assertEquals("link frames are not dropped", 1, fleet.count(Counter.LOGINS_CONFIRMED));
    }

    @Test
    public void delayHoldsTheReplyBack() throws Exception {
        fleet(b -> b.delay(Duration.ofMillis(300), Duration.ofMillis(400)), 1);
        long start = System.nanoTime();
        assertNotNull(read(1, Duration.ofSeconds(5)));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue("took " + ms + " ms", ms >= 300);
        assertEquals(1, fleet.count(Counter.FAULT_DELAYED));
    }

    @Test
    public void badChecksumIsRejectedByTheMaster() throws Exception {
        fleet(b -> b.badChecksum(1.0).heartbeat(Duration.ofMillis(100)), 1);
        assertNull(read(1, Duration.ofMillis(300)));
        assertTrue("the master's decoder refused it", TestMaster.eventually(
                () -> master.rejections.contains(RejectReason.CHECKSUM),
                Duration.ofSeconds(2)));
        assertEquals(1, fleet.count(Counter.FAULT_BAD_CHECKSUM));
    }

    @Test
    public void truncatedRepliesNeverDecode() throws Exception {
        fleet(b -> b.truncated(1.0).heartbeat(Duration.ofMillis(100)), 1);
        assertNull(read(1, Duration.ofMillis(300)));
        assertNull(read(2, Duration.ofMillis(300)));
        assertEquals(2, fleet.count(Counter.FAULT_TRUNCATED));
        assertTrue("the cut frames were skipped", TestMaster.eventually(() -> !master.rejections.isEmpty(), Duration.ofSeconds(3)));
        assertTrue("later heartbeats still get through", TestMaster.eventually(
                () -> fleet.count(Counter.HEARTBEATS_CONFIRMED) >= 1, Duration.ofSeconds(3)));
    }

    @Test
    public void faultsAtAProbabilityHitAboutThatShare() throws Exception {
        fleet(b -> b.drop(0.3), 1);
        for (int i = 0; i < 200; i++) {
            master.send(1, Requests.realtime(TERMINAL, i & 0xFF, List.of(1), List.of(129), null));
        }
        assertTrue(TestMaster.eventually(() -> fleet.count(Counter.FAULT_DROPPED) + fleet.count(Counter.REPLIES) == 200,
                Duration.ofSeconds(10)));
        long dropped = fleet.count(Counter.FAULT_DROPPED);
        assertTrue("dropped " + dropped + " of 200", dropped > 35 && dropped < 85);
    }

    @Test
    public void aReconnectStormBringsEveryTerminalBack() throws Exception {
        fleet(b -> b, 20);
        int logins = master.logins.get();
        fleet.reconnectStorm();
        assertTrue("every terminal logged in again", TestMaster.eventually(
                () -> master.logins.get() >= logins + 20 && fleet.loggedIn() == 20, Duration.ofSeconds(10)));
        assertEquals(1, fleet.count(Counter.STORMS));
        assertEquals(40, fleet.count(Counter.CONNECTS));
        assertTrue(fleet.count(Counter.DISCONNECTS) >= 20);
    }

    @Test
    public void periodicStorms() throws Exception {
        fleet(b -> b.stormEvery(Duration.ofMillis(300)), 3);
        assertTrue(TestMaster.eventually(() -> fleet.count(Counter.STORMS) >= 2 && master.logins.get() >= 9,
                Duration.ofSeconds(5)));
    }

    @Test
    public void aStormAtAGivenTime() throws Exception {
        fleet(b -> b.stormAt(Duration.ofMillis(400)), 2);
        assertEquals(0, fleet.count(Counter.STORMS));
        assertTrue(TestMaster.eventually(() -> fleet.count(Counter.STORMS) == 1 && master.logins.get() >= 4,
                Duration.ofSeconds(5)));
        Thread.sleep(500);
        assertEquals("only once", 1, fleet.count(Counter.STORMS));
    }

    @Test
    public void confirmedReportsAreNotResent() throws Exception {
        fleet(b -> b.reportInterval(Duration.ofMillis(150)).confirmTimeout(Duration.ofSeconds(3)), 1);
        assertTrue(TestMaster.eventually(() -> fleet.count(Counter.REPORTS_CONFIRMED) >= 2, Duration.ofSeconds(5)));
        Frame report = master.await(f -> f.direction() == Direction.UP && f.control().prm() && f.afn() == 0x0C,
                Duration.ofSeconds(1));
        assertNotNull("an AFN 0C report", report);
        assertEquals(0xC4, report.control().value());
        assertTrue("it asks for a confirm", report.seq().con());
        assertTrue(report.item(2, 129).isPresent());
        assertEquals(0, fleet.count(Counter.REPORTS_RESENT));
    }

    @Test
    public void unconfirmedReportsAreResentThenAbandoned() throws Exception {
        master = new TestMaster();
        master.confirmReports = false;
        fleet = new TerminalFleet(FleetOptions.builder().master("127.0.0.1", master.port()).meters(2)
                .reportInterval(Duration.ofMillis(400)).confirmTimeout(Duration.ofMillis(100)).reportRetries(2).build()).start();
        assertTrue(TestMaster.eventually(() -> fleet.count(Counter.REPORTS_ABANDONED) >= 1, Duration.ofSeconds(5)));
        assertTrue(fleet.count(Counter.REPORTS_RESENT) >= 2);
        long copies = master.received.stream().filter(f -> f.control().prm() && f.afn() == 0x0C && f.seq().number()
                == master.received.stream().filter(g -> g.control().prm() && g.afn() == 0x0C).findFirst().orElseThrow().seq().number())
                .count();
        assertTrue("the same report three times (sent + 2 resends): " + copies, copies >= 3);
    }

    @Test
    public void missedHeartbeatsMakeTheTerminalReconnect() throws Exception {
        fleet(b -> b.heartbeat(Duration.ofMillis(100)).confirmTimeout(Duration.ofMillis(80)).maxMissedHeartbeats(2), 1);
        master.confirmHeartbeats = false;
        assertTrue(TestMaster.eventually(() -> fleet.count(Counter.CONNECTS) >= 2, Duration.ofSeconds(5)));
        assertTrue(fleet.count(Counter.HEARTBEATS_MISSED) >= 2);
    }

    @Test
    public void aDeniedLoginIsRetriedOnANewConnection() throws Exception {
        master = new TestMaster();
        master.denyLogins = true;
        fleet = new TerminalFleet(FleetOptions.builder().master("127.0.0.1", master.port()).meters(1)
                .reconnectDelay(Duration.ofMillis(50)).build()).start();
        assertTrue(TestMaster.eventually(() -> fleet.count(Counter.LOGINS_DENIED) >= 2, Duration.ofSeconds(5)));
        assertEquals(0, fleet.loggedIn());
        master.denyLogins = false;
        assertTrue(fleet.awaitLoggedIn(1, Duration.ofSeconds(5)));
    }

    @Test
    public void anUnansweredLoginIsResentThenTheConnectionDropped() throws Exception {
        master = new TestMaster();
        master.confirmLogins = false;
        fleet = new TerminalFleet(FleetOptions.builder().master("127.0.0.1", master.port()).meters(1)
                .confirmTimeout(Duration.ofMillis(100)).reconnectDelay(Duration.ofMillis(50)).build()).start();
        assertTrue(TestMaster.eventually(() -> fleet.count(Counter.CONNECTS) >= 2, Duration.ofSeconds(5)));
        assertTrue(fleet.count(Counter.LOGIN_TIMEOUTS) >= 3);
        assertTrue(fleet.count(Counter.LOGINS_SENT) >= 3);
    }

    @Test
    public void noMasterMeansRetriedConnections() throws Exception {
        java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        int port = s.getLocalPort();
        s.close();
        fleet = new TerminalFleet(FleetOptions.builder().master("127.0.0.1", port).reconnectDelay(Duration.ofMillis(20))
                .build()).start();
        assertTrue(TestMaster.eventually(() -> fleet.count(Counter.CONNECT_FAILURES) >= 3, Duration.ofSeconds(5)));
        assertEquals(0, fleet.online());
    }
}
