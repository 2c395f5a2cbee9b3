package io.openemp.plugin.degreedays.internal;

import static io.openemp.plugin.degreedays.internal.Series.concat;
import static io.openemp.plugin.degreedays.internal.Series.hourly;
import static io.openemp.plugin.degreedays.internal.Series.repeat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import io.openemp.plugin.degreedays.api.DailyDegreeDays;
import io.openemp.plugin.degreedays.api.DegreeDayResult;
import io.openemp.plugin.degreedays.api.Observation;

/**
 * The calculation on examples worked by hand, with the default bases (heating 15.5 °C, cooling 18.3 °C) and
 * coverage (0.9). Integration method: HDD = sum(max(0, 15.5 - T)) / n, CDD = sum(max(0, T - 18.3)) / n over the
 * n observations of a local day, rounded half up to 2 decimals.
 */
public class HandWorkedExamplesTest {

    private final DegreeDaysComponent component = new DegreeDaysComponent();

    private DegreeDayResult compute(List<Observation> series, String zone) throws Exception {
        return component.compute(series, zone, null, null, null);
    }

    private static void assertDay(DailyDegreeDays day, String date, String hdd, String cdd, String mean,
            int observations, long expected, boolean complete) {
        assertEquals(LocalDate.parse(date), day.date());
        assertEquals("hdd of " + date, new BigDecimal(hdd), day.hdd());
        assertEquals("cdd of " + date, new BigDecimal(cdd), day.cdd());
        assertEquals("mean of " + date, new BigDecimal(mean), day.meanCelsius());
        assertEquals("observations of " + date, observations, day.observations());
        assertEquals("expected observations of " + date, expected, day.expectedObservations());
        assertEquals("complete " + date, complete, day.complete());
    }

    @Test
    public void aColdDayHasTheBaseMinusTheTemperature() throws Exception {
        // 24 hours at 10.0 °C: each hour 15.5 - 10.0 = 5.5 K short; 24 x 5.5 / 24 = 5.50 HDD; never above 18.3: 0 CDD.
        DegreeDayResult r = compute(hourly("2024-01-15T00:00:00Z", repeat(24, 10.0)), "UTC");
        assertEquals(1, r.days().size());
        assertDay(r.days().get(0), "2024-01-15", "5.50", "0.00", "10.00", 24, 24, true);
        assertEquals(new BigDecimal("5.50"), r.totals().hdd());
        assertEquals(new BigDecimal("0.00"), r.totals().cdd());
        assertEquals("PT1H", r.interval());
        assertEquals(15.5, r.heatingBase(), 0);
        assertEquals(18.3, r.coolingBase(), 0);
    }

    @Test
    public void aDayCrossingTheBasesHasBothHeatingAndCooling() throws Exception {
        // 12 h at 12.0 then 12 h at 20.0. Mean (12 x 12 + 12 x 20) / 24 = 16.00, above 15.5 and below 18.3, so the
        // daily-mean method would give 0 HDD and 0 CDD. Integrating the hours:
        // HDD = 12 x (15.5 - 12.0) / 24 = 42.0 / 24 = 1.75;  CDD = 12 x (20.0 - 18.3) / 24 = 20.4 / 24 = 0.85.
        DegreeDayResult r = compute(hourly("2024-04-10T00:00:00Z", concat(repeat(12, 12.0), repeat(12, 20.0))), "UTC");
        assertDay(r.days().get(0), "2024-04-10", "1.75", "0.85", "16.00", 24, 24, true);
    }

    @Test
    public void dailyValuesAreRoundedHalfUpToTwoDecimals() throws Exception {
        // 23 h at 20.0 and one at 14.5:
        // HDD = (15.5 - 14.5) / 24 = 1.0 / 24 = 0.041666... -> 0.04
        // CDD = 23 x (20.0 - 18.3) / 24 = 39.1 / 24 = 1.629166... -> 1.63
        // mean = (23 x 20.0 + 14.5) / 24 = 474.5 / 24 = 19.770833... -> 19.77
        DegreeDayResult r = compute(hourly("2024-06-01T00:00:00Z", concat(repeat(23, 20.0), new double[] { 14.5 })), "UTC");
        assertDay(r.days().get(0), "2024-06-01", "0.04", "1.63", "19.77", 24, 24, true);

        // Three-hourly: 8 a day (interval inferred as PT3H). One at 14.5, seven at 16.0:
        // HDD = 1.0 / 8 = 0.125 exactly -> 0.13 (half up; half-even would give 0.12)
        // mean = (14.5 + 7 x 16.0) / 8 = 126.5 / 8 = 15.8125 -> 15.81
        DegreeDayResult threeHourly = compute(Series.every(Duration.ofHours(3), "2024-05-01T00:00:00Z",
                concat(new double[] { 14.5 }, repeat(7, 16.0))), "UTC");
        assertEquals("PT3H", threeHourly.interval());
        assertDay(threeHourly.days().get(0), "2024-05-01", "0.13", "0.00", "15.81", 8, 8, true);
    }

    @Test
    public void dailyMeansGiveTheDailyMeanMethod() throws Exception {
        // One observation a day (interval P1D): HDD = max(0, 15.5 - T), CDD = max(0, T - 18.3).
        // 5.0 -> HDD 10.50; 15.5 -> 0 and 0; 25.0 -> CDD 6.70. Totals 10.50 HDD, 6.70 CDD over 3 complete days.
        List<Observation> daily = Series.every(Duration.ofDays(1), "2024-03-01T12:00:00Z", 5.0, 15.5, 25.0);
        DegreeDayResult r = component.compute(daily, "UTC", null, null, Duration.ofDays(1));
        assertDay(r.days().get(0), "2024-03-01", "10.50", "0.00", "5.00", 1, 1, true);
        assertDay(r.days().get(1), "2024-03-02", "0.00", "0.00", "15.50", 1, 1, true);
        assertDay(r.days().get(2), "2024-03-03", "0.00", "6.70", "25.00", 1, 1, true);
        assertEquals(new BigDecimal("10.50"), r.totals().hdd());
        assertEquals(new BigDecimal("6.70"), r.totals().cdd());
        assertEquals(3, r.totals().completeDays());
        assertEquals("PT24H", r.interval());
    }

    @Test
    public void basesGivenInTheCallReplaceTheConfiguredOnes() throws Exception {
        // Base 18.0 for heating, 9.0 for cooling, a day at 10.0: HDD 18.0 - 10.0 = 8.00, CDD 10.0 - 9.0 = 1.00.
        DegreeDayResult r = component.compute(hourly("2024-01-15T00:00:00Z", repeat(24, 10.0)), "UTC", 18.0, 9.0, null);
        assertDay(r.days().get(0), "2024-01-15", "8.00", "1.00", "10.00", 24, 24, true);
        assertEquals(18.0, r.heatingBase(), 0);
        assertEquals(9.0, r.coolingBase(), 0);
    }

    @Test
    public void totalsCountOnlyCompleteDays() throws Exception {
        // Day 1: 24 h at 10.0 -> 5.50 HDD, complete. Day 2: 6 h at 0.0 -> 15.50 HDD from what is there, but 6 of 24
        // is below 0.9 x 24 = 21.6 -> 22 needed: reported, flagged, and left out. Totals: 5.50 HDD, 1 + 1 days.
        DegreeDayResult r = compute(hourly("2024-01-15T00:00:00Z", concat(repeat(24, 10.0), repeat(6, 0.0))), "UTC");
        assertDay(r.days().get(0), "2024-01-15", "5.50", "0.00", "10.00", 24, 24, true);
        assertDay(r.days().get(1), "2024-01-16", "15.50", "0.00", "0.00", 6, 24, false);
        assertEquals(new BigDecimal("5.50"), r.totals().hdd());
        assertEquals(1, r.totals().completeDays());
        assertEquals(1, r.totals().incompleteDays());
    }

    @Test
    public void aDayWithoutObservationsIsListedEmptyAndIncomplete() throws Exception {
        // 15 Jan and 17 Jan full, nothing on 16 Jan. Spacings: 46 of 1 h and one of 25 h: the median is 1 h.
        List<Observation> series = Series.join(hourly("2024-01-15T00:00:00Z", repeat(24, 10.0)),
                hourly("2024-01-17T00:00:00Z", repeat(24, 12.0)));
        DegreeDayResult r = compute(series, "UTC");
        assertEquals(3, r.days().size());
        assertEquals("PT1H", r.interval());
        DailyDegreeDays missing = r.days().get(1);
        assertEquals(LocalDate.parse("2024-01-16"), missing.date());
        assertNull(missing.hdd());
        assertNull(missing.cdd());
        assertNull(missing.meanCelsius());
        assertEquals(0, missing.observations());
        assertFalse(missing.complete());
        // 5.50 + 3.50 = 9.00 over the two complete days.
        assertEquals(new BigDecimal("9.00"), r.totals().hdd());
        assertEquals(2, r.totals().completeDays());
        assertEquals(1, r.totals().incompleteDays());
    }

    @Test
    public void daylightSavingDaysExpect23And25Hours() throws Exception {
        // Europe/London, 31 Mar 2024: clocks go forward at 01:00 UTC; the local day runs 00:00Z..23:00Z = 23 h.
        DegreeDayResult spring = compute(hourly("2024-03-31T00:00:00Z", repeat(23, 5.5)), "Europe/London");
        assertEquals(1, spring.days().size());
        assertDay(spring.days().get(0), "2024-03-31", "10.00", "0.00", "5.50", 23, 23, true);

        // 27 Oct 2024: clocks go back; the local day runs 26 Oct 23:00Z .. 28 Oct 00:00Z = 25 h.
        DegreeDayResult autumn = compute(hourly("2024-10-26T23:00:00Z", repeat(25, 5.5)), "Europe/London");
        assertEquals(1, autumn.days().size());
        assertDay(autumn.days().get(0), "2024-10-27", "10.00", "0.00", "5.50", 25, 25, true);
    }

    @Test
    public void anEmptySeriesGivesAnEmptyResult() throws Exception {
        DegreeDayResult r = compute(List.of(), "Asia/Shanghai");
        assertTrue(r.days().isEmpty());
        assertEquals(new BigDecimal("0.00"), r.totals().hdd());
        assertEquals(new BigDecimal("0.00"), r.totals().cdd());
        assertEquals(0, r.totals().completeDays());
        assertEquals(0, r.totals().incompleteDays());
        assertNull(r.interval());
        assertEquals("Asia/Shanghai", r.zone());
    }

    @Test
    public void oneObservationWithAGivenIntervalIsAnIncompleteDay() throws Exception {
        DegreeDayResult r = component.compute(hourly("2024-01-15T06:00:00Z", 3.5), "UTC", null, null, Duration.ofHours(1));
        assertDay(r.days().get(0), "2024-01-15", "12.00", "0.00", "3.50", 1, 24, false);
    }
}
