package io.openemp.plugin.collection.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.Test;

import io.openemp.plugin.collection.api.Schedule;

/** Schedules: cron parsing and next times, and a task that runs by itself. */
public class ScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    public void cronGivesTheNextQuarterHourAndTheNextDay() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 25, 10, 7, 30, 0, SHANGHAI);
        assertEquals(ZonedDateTime.of(2026, 11, 25, 10, 15, 0, 0, SHANGHAI),
                Schedules.next(new Schedule("0 0/15 * * * ?", null), now).orElseThrow());
        assertEquals(ZonedDateTime.of(2026, 11, 26, 0, 5, 0, 0, SHANGHAI),
                Schedules.next(new Schedule("0 5 0 * * ?", null), now).orElseThrow());
        assertEquals(now.plusSeconds(90), Schedules.next(new Schedule(null, 90), now).orElseThrow());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aCronWithSixtyMinutesIsRefused() {
        Schedules.checkCron("0 60 * * * ?");
    }

    @Test
    public void anIntervalTaskRunsByItselfUntilItIsDisabled() throws Exception {
        try (StationFixture fixture = new StationFixture(); TestTerminal t = new TestTerminal(fixture.port(), 500)) {
            t.login();
            assertNotNull(t.next(5000));
            fixture.directory.add("0171-500-1");
            t.energy.put(1, StationFixture.kwh("3.0000"));
            fixture.station.create(Tasks.scheduled("every-second", new Schedule(null, 1)));
            Wait.until("two scheduled runs", 10_000, () -> t.requests.get() >= 2);
            assertEquals(1, fixture.points("0171-500-1", "energy.active.forward").size());
            var task = Tasks.scheduled("every-second", new Schedule(null, 1));
            fixture.station.update(new io.openemp.plugin.collection.api.CollectionTask(task.id(), null, task.mode(),
                    task.terminals(), task.points(), task.items(), null, task.schedule(), 0, 1000, null, null, null, false));
            Thread.sleep(300);
            int after = t.requests.get();
            Thread.sleep(2200);
            assertTrue("a disabled task does not run", t.requests.get() <= after + 1);
        }
    }
}
