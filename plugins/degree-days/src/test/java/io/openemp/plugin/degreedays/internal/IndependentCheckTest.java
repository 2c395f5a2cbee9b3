package io.openemp.plugin.degreedays.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.Test;

import io.openemp.plugin.degreedays.api.DailyDegreeDays;
import io.openemp.plugin.degreedays.api.DegreeDayResult;
import io.openemp.plugin.degreedays.api.Observation;

/**
 * A month of 15-minute observations (a seeded random walk around a daily cycle, with outages) checked against
 * a second, deliberately plain computation written here in doubles: per-day values within rounding, the
 * completeness flags, and totals equal to the sum of the complete days.
 */
public class IndependentCheckTest {

    @Test
    public void aMonthAgreesWithAPlainComputation() throws Exception {
        ZoneId zone = ZoneId.of("America/New_York"); // includes the 10 Mar 2024 change to summer time
        Random random = new Random(20240301L);
        List<Observation> series = new ArrayList<>();
        Instant at = Instant.parse("2024-03-01T05:00:00Z");
        double walk = 0;
        for (int i = 0; i < 31 * 96; i++, at = at.plus(Duration.ofMinutes(15))) {
            walk = Math.max(-6, Math.min(6, walk + random.nextGaussian() * 0.3));
            double hour = at.atZone(zone).getHour() + at.atZone(zone).getMinute() / 60.0;
            double celsius = Math.round((12 + 8 * Math.sin((hour - 9) / 24 * 2 * Math.PI) + walk) * 10) / 10.0;
            boolean outage = i % 1000 > 900 || i % 96 == 50 && random.nextBoolean();
            if (!outage) {
                series.add(new Observation(at, celsius));
            }
        }

        DegreeDayResult result = new DegreeDaysComponent().compute(series, zone.getId(), null, null, null);
        assertEquals("PT15M", result.interval());

        Map<LocalDate, double[]> plain = new TreeMap<>(); // count, heating deficit, cooling excess
        for (Observation o : series) {
            double[] day = plain.computeIfAbsent(o.at().atZone(zone).toLocalDate(), d -> new double[3]);
            day[0]++;
            day[1] += Math.max(0, 15.5 - o.celsius());
            day[2] += Math.max(0, o.celsius() - 18.3);
        }
        assertEquals(plain.size(), result.days().size());
        BigDecimal hdd = BigDecimal.ZERO;
        BigDecimal cdd = BigDecimal.ZERO;
        int complete = 0;
        for (DailyDegreeDays day : result.days()) {
            double[] p = plain.get(day.date());
            long hours = Duration.between(day.date().atStartOfDay(zone), day.date().plusDays(1).atStartOfDay(zone)).toHours();
            assertEquals(day.date() + " expected", hours * 4, day.expectedObservations());
            assertEquals(day.date() + " count", (int) p[0], day.observations());
            assertEquals(day.date() + " hdd", p[1] / p[0], day.hdd().doubleValue(), 0.005 + 1e-9);
            assertEquals(day.date() + " cdd", p[2] / p[0], day.cdd().doubleValue(), 0.005 + 1e-9);
            assertEquals(day.date() + " complete", p[0] >= Math.ceil(0.9 * hours * 4 - 1e-9), day.complete());
            if (day.complete()) {
                hdd = hdd.add(day.hdd());
                cdd = cdd.add(day.cdd());
                complete++;
            }
        }
        assertEquals(92, result.days().stream().filter(d -> d.date().equals(LocalDate.of(2024, 3, 10))).findFirst()
                .orElseThrow().expectedObservations());
        assertEquals(hdd, result.totals().hdd());
        assertEquals(cdd, result.totals().cdd());
        assertEquals(complete, result.totals().completeDays());
        assertEquals(result.days().size() - complete, result.totals().incompleteDays());
        org.junit.Assert.assertTrue("the outages make some days incomplete", result.totals().incompleteDays() > 0);
        org.junit.Assert.assertTrue("and leave most complete", complete > 20);
    }
}
