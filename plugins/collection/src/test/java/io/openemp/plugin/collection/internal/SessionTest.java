package io.openemp.plugin.collection.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.After;
import org.junit.Test;

import io.openemp.plugin.collection.api.Statistics;
import io.openemp.plugin.collection.api.TerminalInfo;
import io.openemp.plugin.gdw376.api.ControlField;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Gdw376Codec;

/** Login, heartbeat, offline after the timeout, and junk on the line: over real sockets. */
public class SessionTest {

    private StationFixture fixture;

    @After
    public void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static void assertConfirms(Frame request, Frame answer) {
        assertNotNull("the master answered", answer);
        assertEquals(0x00, answer.afn());
        assertEquals(Direction.DOWN, answer.direction());
        assertFalse(answer.control().prm());
        assertEquals(ControlField.LINK_STATUS, answer.control().function());
        assertEquals("AFN 00 F1, all confirmed", 1, answer.items().get(0).fn());
        assertEquals("RSEQ repeats PSEQ", request.seq().number(), answer.seq().number());
        assertEquals(request.address().terminal(), answer.address().terminal());
    }

    @Test
    public void loginAndHeartbeatAreConfirmedAndTheSessionIsKept() throws Exception {
        fixture = new StationFixture();
        try (TestTerminal t = new TestTerminal(fixture.port(), 2082)) {
            Instant before = Instant.now();
            Frame login = t.login();
            assertConfirms(login, t.next(5000));
            TerminalInfo info = fixture.station.sessions().terminals().get(0);
            assertEquals("0171-2082", info.terminal());
            assertTrue(info.online());
            assertFalse(info.connectedAt().isBefore(before.minusMillis(1)));
            assertTrue(info.remote().contains("127.0.0.1"));
            Wait.until("online event", 2000, () -> fixture.bus.count(DeviceEvents.ONLINE, "0171-2082") == 1);

            Thread.sleep(30);
            Frame heartbeat = t.heartbeat();
            assertConfirms(heartbeat, t.next(5000));
            TerminalInfo after = fixture.station.sessions().terminals().get(0);
            assertTrue("last seen moves with the heartbeat", after.lastSeen().isAfter(info.lastSeen()));
            assertEquals("one session", 1, fixture.station.sessions().onlineCount());
            assertEquals("a heartbeat is no second login", 1, fixture.bus.count(DeviceEvents.ONLINE, "0171-2082"));
        }
        Wait.until("offline event when the connection closes", 3000,
                () -> fixture.bus.count(DeviceEvents.OFFLINE, "0171-2082") == 1);
        assertFalse(fixture.station.sessions().terminals().get(0).online());
    }

    @Test
    public void aSilentTerminalGoesOfflineAndItsConnectionIsClosed() throws Exception {
        fixture = new StationFixture(s -> s.withHeartbeatTimeout(Duration.ofMillis(600)), s -> s);
        try (TestTerminal quiet = new TestTerminal(fixture.port(), 11); TestTerminal busy = new TestTerminal(fixture.port(), 12)) {
            quiet.login();
            busy.login();
            assertNotNull(quiet.next(5000));
            assertNotNull(busy.next(5000));
            long end = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < end) {
                busy.heartbeat();
                assertNotNull(busy.next(2000));
                Thread.sleep(150);
            }
            Wait.until("the quiet terminal's connection closed by the master", 3000, () -> quiet.closedByPeer);
            assertEquals(1, fixture.bus.count(DeviceEvents.OFFLINE, "0171-11"));
            assertEquals("heartbeat timeout",
                    fixture.bus.events.stream().filter(e -> e.topic().equals(DeviceEvents.OFFLINE)).findFirst().get().get("reason"));
            assertEquals("the one that heartbeats stays", 0, fixture.bus.count(DeviceEvents.OFFLINE, "0171-12"));
            assertFalse(busy.closedByPeer);
            assertTrue(fixture.station.sessions().get("0171-12").isPresent());
            assertTrue(fixture.station.sessions().get("0171-11").isEmpty());
        }
    }

    @Test
    public void aMalformedFrameIsCountedAndTheSessionKept() throws Exception {
        fixture = new StationFixture();
        try (TestTerminal t = new TestTerminal(fixture.port(), 7)) {
            t.login();
            assertNotNull(t.next(5000));
            byte[] bad = new Gdw376Codec().encode(t.initiated(0x02, ControlField.LINK_TEST, java.util.List.of(
                    io.openemp.plugin.gdw376.api.DataUnit.withoutData(io.openemp.plugin.gdw376.api.DataUnitId.of(0, 3),
                            TestTerminal.CATALOGUE, 0x02, Direction.UP))));
            bad[bad.length - 2] ^= 0x01; // checksum
            t.sendRaw(bad);
            t.sendRaw(new byte[] { 0x00, 0x11, 0x22, (byte) 0x99 });
            assertNull("a frame with a bad checksum is not answered", t.next(300));
            Frame heartbeat = t.heartbeat();
            assertConfirms(heartbeat, t.next(5000));
            Statistics stats = fixture.station.statistics();
            assertTrue(stats.rejectedByReason().toString(), stats.rejectedByReason().get("CHECKSUM") >= 1);
            // the junk right after it is skipped in the same run, one rejection with the first failure's reason
            assertEquals(stats.rejectedByReason().toString(), 1L, stats.rejectedByReason().values().stream().mapToLong(Long::longValue).sum());
            assertEquals(1, stats.online());
            assertFalse(t.closedByPeer);
        }
    }

    @Test
    public void aFloodOfRandomBytesIsSkippedAndTheTerminalStillHeard() throws Exception {
        fixture = new StationFixture();
        try (TestTerminal t = new TestTerminal(fixture.port(), 9)) {
            t.login();
            assertNotNull(t.next(5000));
            java.util.Random random = new java.util.Random(0x3761);
            byte[] junk = new byte[512 * 1024];
            random.nextBytes(junk);
            t.sendRaw(junk);
            Frame heartbeat = t.heartbeat();
            // a false frame start near the end of the junk may hold the heartbeat until the idle resync (5 s)
            assertConfirms(heartbeat, t.next(10_000));
            Statistics stats = fixture.station.statistics();
            long rejected = stats.rejectedByReason().values().stream().mapToLong(Long::longValue).sum();
            assertTrue("junk is reported in runs, not byte by byte: " + rejected, rejected >= 1 && rejected < 10_000);
            assertTrue(fixture.station.codec().statistics().skippedBytes() >= junk.length - 100);
            assertFalse(t.closedByPeer);
        }
    }

    @Test
    public void framesBeforeLoginAreIgnoredAndAnOversizedLengthDoesNotHoldTheLine() throws Exception {
        fixture = new StationFixture(s -> new Settings(s.host(), s.port(), s.heartbeatTimeout(), s.batchSize(),
                s.batchDelay(), s.maxPendingReadings(), 263, s.pollConcurrency(), s.zone(), s.msa(), s.freezeSettle()), s -> s);
        try (TestTerminal t = new TestTerminal(fixture.port(), 8)) {
            t.report(1, StationFixture.kwh("1.0000"));
            assertNull(t.next(300));
            assertEquals(Long.valueOf(1), fixture.station.statistics().ignoredByReason().get("NOT_LOGGED_IN"));
            // a header claiming 16 KB on a line limited to 263 bytes: skipped at once, the login behind it is read
            t.sendRaw(new byte[] { 0x68, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 0x68 });
            Frame login = t.login();
            assertConfirms(login, t.next(5000));
            assertTrue(fixture.station.statistics().rejectedByReason().get("OVER_LIMIT") >= 1);
        }
    }
}
