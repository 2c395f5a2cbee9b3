package io.openemp.plugin.collection.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.openemp.data.readings.api.Point;
import io.openemp.plugin.collection.api.CollectionTask;
import io.openemp.plugin.collection.api.TaskMode;
import io.openemp.plugin.collection.api.TaskOutcome;
import io.openemp.simulator.Counter;
import io.openemp.simulator.FleetOptions;
import io.openemp.simulator.TerminalFleet;

/** The station against the simulator's fleet of 376.1 terminals with 645 meters, over loopback. */
public class FleetTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int TERMINALS = 20;
    private static final int METERS = 10;
    private static final int FIRST = 1001;

    private StationFixture fixture;
    private TerminalFleet fleet;

    @Before
    public void start() throws Exception {
        fixture = new StationFixture();
        for (int t = FIRST; t < FIRST + TERMINALS; t++) {
            for (int pn = 1; pn <= METERS; pn++) {
                fixture.directory.add("0171-" + t + "-" + pn);
            }
        }
    }

    @After
    public void stop() {
        if (fleet != null) {
            fleet.close();
        }
        fixture.close();
    }

    private void fleet(FleetOptions.Builder options) throws InterruptedException {
        fleet = new TerminalFleet(options.master("127.0.0.1", fixture.port()).terminals(TERMINALS).firstTerminal(FIRST)
                .meters(METERS).zone(ZONE).seed(7).build()).start();
        assertTrue("every terminal logged in", fleet.awaitLoggedIn(TERMINALS, Duration.ofSeconds(20)));
    }

    private static List<Integer> points() {
        return java.util.stream.IntStream.rangeClosed(1, METERS).boxed().toList();
    }

    @Test
    public void everyMeterIsPolledAndStoredAsTheFleetReportsIt() throws Exception {
        fleet(FleetOptions.builder());
        TaskOutcome o = fixture.station.run(Tasks.poll("all", List.of(), points(), 1, 3000)).orElseThrow();
        assertEquals(o.toString(), TERMINALS, o.targets());
        assertEquals(TERMINALS * METERS, o.collected());
        assertEquals(0, o.failed());
        assertEquals(TERMINALS * METERS, o.stored());
        for (int t : new int[] { FIRST, FIRST + TERMINALS - 1 }) {
            for (int pn : new int[] { 1, METERS }) {
                Point p = fixture.points("0171-" + t + "-" + pn, "energy.active.forward").get(0);
                LocalDateTime local = LocalDateTime.ofInstant(p.at(), ZONE);
                assertEquals(0, fleet.registers(t, pn, local).activeTotal().compareTo(p.value()));
            }
        }
        assertEquals(TERMINALS, fleet.count(Counter.READS_0C));
    }

    @Test
    public void withOneReplyInTenDroppedTheRetriesCollectEverything() throws Exception {
        fleet(FleetOptions.builder().drop(0.1));
        TaskOutcome o = fixture.station.run(Tasks.poll("lossy", List.of(), points(), 6, 400)).orElseThrow();
        assertEquals(o.failures().toString(), TERMINALS * METERS, o.collected());
        assertTrue("some replies were dropped and asked again", o.retries() > 0);
        assertEquals(fleet.count(Counter.FAULT_DROPPED), o.retries());
    }

    @Test
    public void aBroadcastFreezeIsCollectedAsTheMetersFroze() throws Exception {
        fleet(FleetOptions.builder());
        TaskOutcome o = fixture.station.run(new CollectionTask("freeze", null, TaskMode.FREEZE, List.of(), points(),
                List.of(Tasks.F161), null, null, 2, 3000, null, null, null, true)).orElseThrow();
        assertEquals(TERMINALS * METERS, fleet.count(Counter.FREEZES));
        assertEquals(o.failures().toString(), TERMINALS * METERS, o.collected());
        LocalDate today = fleet.now().toLocalDate();
        Point p = fixture.points("0171-" + FIRST + "-3", "energy.active.forward.daily").get(0);
        assertEquals(today.atStartOfDay(ZONE).toInstant(), p.at());
        assertEquals(0, fleet.dailyFrozen(FIRST, 3, today).orElseThrow().activeTotal().compareTo(p.value()));
    }

    @Test
    public void activeReportsAreStoredAndConfirmed() throws Exception {
        fleet(FleetOptions.builder().reportInterval(Duration.ofMillis(500)));
        Wait.until("reports confirmed", 20_000, () -> fleet.count(Counter.REPORTS_CONFIRMED) >= 2L * TERMINALS);
        assertEquals(0, fleet.count(Counter.REPORTS_ABANDONED));
        Point p = fixture.points("0171-" + FIRST + "-1", "energy.active.forward").get(0);
        assertEquals(0, fleet.registers(FIRST, 1, LocalDateTime.ofInstant(p.at(), ZONE)).activeTotal().compareTo(p.value()));
        assertTrue(fixture.station.statistics().terminals().get("0171-" + FIRST).reportsStored() >= 1);
    }
}
