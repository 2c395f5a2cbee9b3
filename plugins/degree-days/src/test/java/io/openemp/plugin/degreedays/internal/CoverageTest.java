package io.openemp.plugin.degreedays.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.openemp.plugin.degreedays.api.DailyDegreeDays;
import io.openemp.plugin.degreedays.api.Observation;

/**
 * A day is complete when its observations reach minDayCoverage x expected (rounded up); an incomplete day is
 * reported with its values but flagged and left out of the totals.
 */
public class CoverageTest {

    /** The first {@code count} hours of 15 Jan 2024 UTC, at 10.0 °C, with the interval given as PT1H. */
    private static DailyDegreeDays day(DegreeDaysComponent component, int count) throws Exception {
        List<Observation> series = Series.hourly("2024-01-15T00:00:00Z", Series.repeat(count, 10.0));
        return component.compute(series, "UTC", null, null, Duration.ofHours(1)).days().get(0);
    }

    @Test
    public void withTheDefault90PercentADayNeeds22Of24() throws Exception {
        // 0.9 x 24 = 21.6 -> 22 observations needed.
        DegreeDaysComponent component = new DegreeDaysComponent();
        assertTrue(day(component, 22).complete());
        DailyDegreeDays short1 = day(component, 21);
        assertFalse(short1.complete());
        assertEquals(21, short1.observations());
        assertEquals(24, short1.expectedObservations());
        assertEquals("values of an incomplete day are still reported", new BigDecimal("5.50"), short1.hdd());
    }

    @Test
    public void theConfiguredCoverageDecides() throws Exception {
        // 0.75 x 24 = 18 exactly: 18 is enough, 17 is not.
        DegreeDaysComponent component = new DegreeDaysComponent();
        component.activate(Configs.of(Map.of("minDayCoverage", "0.75")));
        assertTrue(day(component, 18).complete());
        assertFalse(day(component, 17).complete());
    }

    @Test
    public void aShortDaylightSavingDayNeedsFewer() throws Exception {
        // Europe/London 31 Mar 2024 has 23 hours: 0.9 x 23 = 20.7 -> 21 needed (on a 24-hour day 21 is too few).
        DegreeDaysComponent component = new DegreeDaysComponent();
        List<Observation> series = Series.hourly("2024-03-31T00:00:00Z", Series.repeat(21, 10.0));
        DailyDegreeDays day = component.compute(series, "Europe/London", null, null, Duration.ofHours(1)).days().get(0);
        assertEquals(23, day.expectedObservations());
        assertTrue(day.complete());
    }

    @Test
    public void theIntervalIsInferredFromTheMedianSpacingDespiteGaps() throws Exception {
        // Half-hourly with three gaps of 3 h (5 readings missing in each): of the 32 spacings 29 are 30 min, so the
        // median stays 30 min, 48 are expected and the 33 present (33 < 0.9 x 48 = 43.2 -> 44) are too few.
        List<Observation> series = new java.util.ArrayList<>(
                Series.every(Duration.ofMinutes(30), "2024-01-15T00:00:00Z", Series.repeat(48, 10.0)));
        series.removeIf(o -> {
            int minute = o.at().atZone(java.time.ZoneOffset.UTC).getHour() * 60 + o.at().atZone(java.time.ZoneOffset.UTC).getMinute();
            return minute > 120 && minute < 300 || minute > 600 && minute < 780 || minute > 1200 && minute < 1380;
        });
        assertEquals(33, series.size());
        var result = new DegreeDaysComponent().compute(series, "UTC", null, null, null);
        assertEquals("PT30M", result.interval());
        assertEquals(48, result.days().get(0).expectedObservations());
        assertFalse(result.days().get(0).complete());
    }
}
