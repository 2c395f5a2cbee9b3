package io.openemp.plugin.degreedays.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import io.openemp.plugin.degreedays.api.DailyDegreeDays;
import io.openemp.plugin.degreedays.api.DegreeDayResult;
import io.openemp.plugin.degreedays.api.Observation;

/** Days are local days of the requested zone: the same instants give different days in different zones. */
public class TimeZoneTest {

    private final DegreeDaysComponent component = new DegreeDaysComponent();

    /** 2024-01-01T00:00Z .. 23:00Z, observation i at i °C (0, 1, ... 23). */
    private static List<Observation> oneUtcDay() {
        double[] t = new double[24];
        for (int i = 0; i < 24; i++) {
            t[i] = i;
        }
        return Series.hourly("2024-01-01T00:00:00Z", t);
    }

    @Test
    public void inUtcTheSeriesIsOneCompleteDay() throws Exception {
        // HDD: hours 0..15 are below 15.5: sum(15.5 - i, i = 0..15) = 16 x 15.5 - 120 = 128.0; 128 / 24 = 5.333 -> 5.33
        // CDD: hours 19..23 are above 18.3: (19 + 20 + 21 + 22 + 23) - 5 x 18.3 = 105 - 91.5 = 13.5; / 24 = 0.5625 -> 0.56
        // mean: 276 / 24 = 11.50
        DegreeDayResult r = component.compute(oneUtcDay(), "UTC", null, null, null);
        assertEquals(1, r.days().size());
        DailyDegreeDays day = r.days().get(0);
        assertEquals(LocalDate.parse("2024-01-01"), day.date());
        assertEquals(new BigDecimal("5.33"), day.hdd());
        assertEquals(new BigDecimal("0.56"), day.cdd());
        assertEquals(new BigDecimal("11.50"), day.meanCelsius());
        assertTrue(day.complete());
    }

    @Test
    public void inShanghaiTheSameInstantsSpanTwoPartialDays() throws Exception {
        // UTC+8: 00:00Z..15:00Z are 08:00..23:00 on 1 Jan (16 observations, 0..15 °C);
        // 16:00Z..23:00Z are 00:00..07:00 on 2 Jan (8 observations, 16..23 °C).
        // 1 Jan: HDD 128.0 / 16 = 8.00, CDD 0, mean 120 / 16 = 7.50.
        // 2 Jan: HDD 0, CDD 13.5 / 8 = 1.6875 -> 1.69, mean (16 + ... + 23) / 8 = 156 / 8 = 19.50.
        // Neither reaches 22 of 24 observations: both incomplete, so the totals count nothing.
        DegreeDayResult r = component.compute(oneUtcDay(), "Asia/Shanghai", null, null, null);
        assertEquals(2, r.days().size());
        DailyDegreeDays first = r.days().get(0);
        DailyDegreeDays second = r.days().get(1);
        assertEquals(LocalDate.parse("2024-01-01"), first.date());
        assertEquals(new BigDecimal("8.00"), first.hdd());
        assertEquals(new BigDecimal("0.00"), first.cdd());
        assertEquals(new BigDecimal("7.50"), first.meanCelsius());
        assertEquals(16, first.observations());
        assertFalse(first.complete());
        assertEquals(LocalDate.parse("2024-01-02"), second.date());
        assertEquals(new BigDecimal("0.00"), second.hdd());
        assertEquals(new BigDecimal("1.69"), second.cdd());
        assertEquals(new BigDecimal("19.50"), second.meanCelsius());
        assertEquals(8, second.observations());
        assertFalse(second.complete());
        assertEquals(0, r.totals().completeDays());
        assertEquals(2, r.totals().incompleteDays());
        assertEquals(new BigDecimal("0.00"), r.totals().hdd());
    }

    @Test
    public void aShanghaiDayRunsFrom1600UtcTheDayBefore() throws Exception {
        // 2023-12-31T16:00Z is 2024-01-01T00:00+08:00: 24 hourly observations make exactly the local 1 Jan.
        DegreeDayResult r = component.compute(Series.hourly("2023-12-31T16:00:00Z", Series.repeat(24, 0.5)),
                "Asia/Shanghai", null, null, null);
        assertEquals(1, r.days().size());
        assertEquals(LocalDate.parse("2024-01-01"), r.days().get(0).date());
        assertEquals(new BigDecimal("15.00"), r.days().get(0).hdd());
        assertTrue(r.days().get(0).complete());
    }
}
