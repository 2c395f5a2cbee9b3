package io.openemp.plugin.efficiency.monitoring.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.Test;

import io.openemp.plugin.efficiency.monitoring.api.Band;

/**
 * The slot curve against the plain sorted-map sums it replaces: the same totals, peak, interval count, band split and
 * points, exactly, for mixed scales, subtracting meters, stamps off the grid, scales beyond a long and sums that
 * overflow one.
 */
public class CurveTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");     // +05:30: local midnight is off an hourly grid
    private static final Instant FROM = LocalDate.of(2026, 6, 1).atStartOfDay(ZONE).toInstant();
    private static final Instant TO = LocalDate.of(2026, 6, 3).atStartOfDay(ZONE).toInstant();

    private final TouSchedule schedule;

    public CurveTest() throws Exception {
        schedule = TouSchedule.of(PostgresMonthlyBench.calendar());
    }

    /** The readings of one meter: stamp and signed value. */
    private record Reading(Instant at, BigDecimal kwh) {
    }

    private static List<Reading> meter(Random r, int interval, int decimals, boolean offGrid, boolean huge) {
        List<Reading> out = new ArrayList<>();
        for (Instant t = FROM.plusSeconds(interval); !t.isAfter(TO); t = t.plusSeconds(interval)) {
            if (r.nextInt(10) == 0) {
                continue;       // a gap
            }
            BigDecimal v = BigDecimal.valueOf(r.nextInt(2_000_000) - 200_000, decimals);
            if (huge && r.nextInt(50) == 0) {
                v = v.multiply(BigDecimal.valueOf(Long.MAX_VALUE));
            }
            out.add(new Reading(offGrid && r.nextInt(20) == 0 ? t.plusMillis(1 + r.nextInt(interval * 1000 - 2)) : t, v));
        }
        return out;
    }

    private void check(int interval, List<List<Reading>> meters) {
        Curve curve = new Curve(interval, FROM, TO);
        TreeMap<Instant, BigDecimal> kwh = new TreeMap<>();
        TreeMap<Instant, Integer> count = new TreeMap<>();
        int readings = 0;
        for (List<Reading> m : meters) {
            for (Reading x : m) {
                curve.add(x.at(), x.kwh());
                kwh.merge(x.at(), x.kwh(), BigDecimal::add);
                count.merge(x.at(), 1, Integer::sum);
                readings++;
            }
        }
        assertEquals(readings, curve.readings());
        assertEquals(kwh.size(), curve.size());

        List<Instant> at = new ArrayList<>();
        curve.forEach((end, v, n) -> {
            at.add(end);
            assertEquals(end.toString(), 0, kwh.get(end).compareTo(v));
            assertEquals(end.toString(), count.get(end), Integer.valueOf(n));
        });
        assertEquals(new ArrayList<>(kwh.keySet()), at);

        BigDecimal total = null;
        Map.Entry<Instant, BigDecimal> peak = null;
        EnumMap<Band, BigDecimal> bands = new EnumMap<>(Band.class);
        for (Band b : schedule.bands()) {
            bands.put(b, BigDecimal.ZERO);
        }
        for (Map.Entry<Instant, BigDecimal> e : kwh.entrySet()) {
            total = total == null ? e.getValue() : total.add(e.getValue());
            peak = peak == null || e.getValue().compareTo(peak.getValue()) > 0 ? e : peak;
            bands.merge(schedule.band(LocalDateTime.ofInstant(e.getKey().minusSeconds(interval), ZONE)), e.getValue(),
                    BigDecimal::add);
        }
        Curve.Summary s = curve.summary(schedule, ZONE, curve.slotBands(schedule, ZONE));
        assertEquals(0, total.compareTo(s.total()));
        assertEquals(total.scale(), s.total().scale());
        assertEquals(0, peak.getValue().compareTo(s.peak()));
        assertEquals(peak.getKey(), s.peakEnd());
        assertEquals(kwh.size(), s.intervals());
        assertEquals(bands.keySet(), s.bands().keySet());
        for (Band b : bands.keySet()) {
            assertEquals(b.toString(), 0, bands.get(b).compareTo(s.bands().get(b)));
        }
        Curve.Summary again = curve.summary(schedule, ZONE, null);
        assertEquals(s, again);

        // A parent summed from its children's curves is the curve of all their readings.
        Curve parent = new Curve(interval, FROM, TO);
        for (List<Reading> m : meters) {
            Curve child = new Curve(interval, FROM, TO);
            m.forEach(x -> child.add(x.at(), x.kwh()));
            parent.addAll(child);
        }
        assertEquals(s, parent.summary(schedule, ZONE, null));
        assertEquals(readings, parent.readings());
    }

    @Test
    public void quarterHoursOfMixedScalesAndSubtractingMetersSumExactly() {
        Random r = new Random(7);
        check(900, List.of(meter(r, 900, 3, false, false), meter(r, 900, 1, false, false), meter(r, 900, 6, false, false),
                meter(r, 900, -2, false, false)));
    }

    @Test
    public void stampsOffTheGridAndAnHourlyGridOffLocalMidnightAreKept() {
        Random r = new Random(11);
        check(3600, List.of(meter(r, 3600, 2, true, false), meter(r, 1800, 3, true, false)));
    }

    @Test
    public void scalesBeyondALongAndOverflowingSumsFallBackToExactDecimals() {
        Random r = new Random(13);
        check(900, List.of(meter(r, 900, 3, false, true), meter(r, 900, 12, false, false)));
        check(900, List.of(meter(r, 900, 0, false, true), meter(r, 900, 0, false, true)));
    }

    @Test
    public void anEmptyCurveHasNoFiguresButEveryBandAtZero() {
        Curve.Summary s = new Curve(900, FROM, TO).summary(schedule, ZONE, null);
        assertNull(s.total());
        assertNull(s.peak());
        assertEquals(0, s.intervals());
        assertEquals(BigDecimal.ZERO, s.bands().get(Band.PEAK));
    }
}
