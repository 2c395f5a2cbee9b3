package io.openemp.plugin.collection.internal;

import static io.openemp.plugin.collection.internal.StationFixture.kwh;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.openemp.data.readings.api.Point;
import io.openemp.plugin.collection.api.Counters;
import io.openemp.plugin.collection.api.MeterLink;
import io.openemp.plugin.collection.api.TaskOutcome;

/** Polling, retries and broadcast freeze against terminals on real sockets, stored in a real store on H2. */
public class PollTest {

    private StationFixture fixture;
    private TestTerminal a;
    private TestTerminal b;

    @Before
    public void start() throws Exception {
        fixture = new StationFixture();
        a = new TestTerminal(fixture.port(), 101);
        b = new TestTerminal(fixture.port(), 102);
        for (TestTerminal t : List.of(a, b)) {
            t.login();
            assertNotNull(t.next(5000));
            for (int pn = 1; pn <= 2; pn++) {
                fixture.directory.add(t.id() + "-" + pn);
            }
        }
        a.energy.put(1, kwh("1234.5678"));
        a.energy.put(2, kwh("0.0100"));
        b.energy.put(1, kwh("42.0000"));
        b.energy.put(2, kwh("999999.9999"));
    }

    @After
    public void stop() throws Exception {
        a.close();
        b.close();
        fixture.close();
    }

    @Test
    public void pollingStoresWhatTheTerminalsSent() throws Exception {
        TaskOutcome o = fixture.station.run(Tasks.poll("p", List.of(), List.of(1, 2), 0, 2000)).orElseThrow();
        assertEquals(2, o.targets());
        assertEquals(4, o.requested());
        assertEquals(4, o.collected());
        assertEquals(0, o.failed());
        assertEquals(4, o.stored());
        // readingTime 2026-11-25 10:15 on the terminals' clocks (Asia/Shanghai) is 02:15 UTC
        List<Point> p = fixture.points("0171-101-1", "energy.active.forward");
        assertEquals(1, p.size());
        assertEquals(StationFixture.at("2026-11-25T02:15:00Z"), p.get(0).at());
        assertEquals(0, kwh("1234.5678").compareTo(p.get(0).value()));
        assertEquals("gdw376:0171-101", p.get(0).source());
        assertEquals(0, kwh("0.0100").compareTo(fixture.points("0171-101-2", "energy.active.forward").get(0).value()));
        assertEquals(0, kwh("42").compareTo(fixture.points("0171-102-1", "energy.active.forward").get(0).value()));
        assertEquals(0, kwh("999999.9999").compareTo(fixture.points("0171-102-2", "energy.active.forward").get(0).value()));
        Counters task = fixture.station.statistics().tasks().get("p");
        assertEquals(2, task.requests());
        assertEquals(2, task.answered());
        assertEquals(1.0, task.successRate(), 0);
        assertEquals(2, fixture.station.statistics().terminals().get("0171-101").readingsStored());
    }

    @Test
    public void aDroppedReplyIsAskedAgain() throws Exception {
        a.drop.set(1);
        TaskOutcome o = fixture.station.run(Tasks.poll("retry", List.of(a.id()), List.of(1, 2), 2, 300)).orElseThrow();
        assertEquals(2, o.collected());
        assertEquals(0, o.failed());
        assertEquals(1, o.retries());
        assertEquals(2, a.requests.get());
        Counters c = fixture.station.statistics().terminals().get(a.id());
        assertEquals(2, c.requests());
        assertEquals(1, c.timeouts());
        assertEquals(1, c.retries());
        assertEquals(0.5, c.successRate(), 1e-9);
        assertEquals(1, fixture.points("0171-101-1", "energy.active.forward").size());
    }

    @Test
    public void withoutRetriesTheDroppedItemsFailAndAMissingPointIsReaskedAlone() throws Exception {
        a.drop.set(1);
        TaskOutcome o = fixture.station.run(Tasks.poll("noretry", List.of(a.id(), "0171-999"), List.of(1, 2), 0, 300)).orElseThrow();
        assertEquals(0, o.collected());
        assertEquals("2 points of the silent terminal, 2 of the offline one", 4, o.failed());
        assertTrue(o.failures().toString(), o.failures().stream().anyMatch(f -> f.reason().startsWith("timeout")));
        assertTrue(o.failures().toString(), o.failures().stream().anyMatch(f -> f.reason().equals("offline")));

        // p3 has no register: the answer lacks it, so it is asked again (alone) and finally given up
        TaskOutcome partial = fixture.station.run(Tasks.poll("partial", List.of(b.id()), List.of(1, 3), 1, 300)).orElseThrow();
        assertEquals(1, partial.collected());
        assertEquals(1, partial.failed());
        assertEquals(1, partial.retries());
        assertEquals("0171-102", partial.failures().get(0).target());
        assertTrue(partial.failures().get(0).item(), partial.failures().get(0).item().contains("p3 F129"));
    }

    @Test
    public void anAnswerInSeveralFramesIsPutTogether() throws Exception {
        a.multiFrame = true;
        TaskOutcome o = fixture.station.run(Tasks.poll("multi", List.of(a.id()), List.of(1, 2), 0, 2000)).orElseThrow();
        assertEquals(2, o.collected());
        assertEquals(0, o.failed());
        assertEquals(1, a.requests.get());
        assertEquals(1, fixture.points("0171-101-2", "energy.active.forward").size());
    }

    @Test
    public void meterIdsComeFromTheTasksMapWhenItHasThePoint() throws Exception {
        fixture.directory.add("MTR-A1");
        fixture.station.run(Tasks.withMeters(Tasks.poll("mapped", List.of(a.id()), List.of(1, 2), 0, 2000),
                List.of(new MeterLink("0171-101", 1, "MTR-A1")))).orElseThrow();
        assertEquals(1, fixture.points("MTR-A1", "energy.active.forward").size());
        assertEquals(0, fixture.points("0171-101-1", "energy.active.forward").size());
        assertEquals("the naming rule for the point the map lacks", 1, fixture.points("0171-101-2", "energy.active.forward").size());
    }

    @Test
    public void freezeThenCollectStoresTheFrozenValues() throws Exception {
        TaskOutcome o = fixture.station.run(Tasks.freeze("freeze", List.of(), List.of(1, 2))).orElseThrow();
        assertEquals(1, a.freezes.get());
        assertEquals(1, b.freezes.get());
        assertEquals(4, o.collected());
        assertEquals(4, o.stored());
        // the registers move on after the freeze; the frozen values stay what they were
        a.energy.put(1, kwh("2000.0000"));
        TaskOutcome again = fixture.station.run(Tasks.freeze("freeze", List.of(a.id()), List.of(1))).orElseThrow();
        assertEquals(1, again.collected());
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        List<Point> p = fixture.points("0171-101-1", "energy.active.forward.daily");
        assertEquals("one value per frozen day (the same key again)", 1, p.size());
        assertEquals(LocalDate.now(zone).atStartOfDay(zone).toInstant(), p.get(0).at());
        assertEquals(0, kwh("2000.0000").compareTo(p.get(0).value()));
        assertEquals(0, kwh("999999.9999").compareTo(fixture.points("0171-102-2", "energy.active.forward.daily").get(0).value()));
        assertEquals("the second freeze revised the first", 1,
                fixture.store.history("0171-101-1", "energy.active.forward.daily", p.get(0).at()).revisions().size() - 1);
    }
}
