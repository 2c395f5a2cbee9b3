package io.openemp.plugin.efficiency.monitoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import io.openemp.plugin.efficiency.monitoring.api.Band;

/**
 * A node's signed interval energies over a range, one slot per interval of a grid aligned to the interval (an
 * interval reading stamped {@code t} covers {@code (t - interval, t]}). The energies of a slot are kept as unscaled
 * longs at the largest scale seen, so that merging a reading is an array addition, not two tree inserts; a value
 * that would overflow turns the curve into exact BigDecimals, and a stamp off the grid is kept aside in a sorted map,
 * so every input is summed exactly as before. Not thread-safe: callers merge under a lock.
 */
final class Curve {

    /** Above this scale, or this many slots, the exact fallbacks are used rather than longs on a grid. */
    private static final int MAX_SCALE = 9;
    private static final int MAX_SLOTS = 400_000;
    private static final long[] TEN = new long[MAX_SCALE + 1];

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) {
            TEN[i] = TEN[i - 1] * 10;
        }
    }

    /** One interval: its end (the readings' timestamp), signed energy and how many meters have a reading for it. */
    interface Sink {
        void accept(Instant end, BigDecimal kwh, int meters);
    }

    /** The figures of a curve that statistics and bills need. */
    record Summary(BigDecimal total, BigDecimal peak, Instant peakEnd, int intervals, EnumMap<Band, BigDecimal> bands) {
    }

    private final int interval;
    private final long base;
    private final int slots;
    private final int[] meters;
    private long[] units;
    private int scale;
    private BigDecimal[] big;
    private final TreeMap<Instant, BigDecimal> offGrid = new TreeMap<>();
    private final TreeMap<Instant, Integer> offGridMeters = new TreeMap<>();
    private int readings;

    Curve(int intervalSeconds, Instant from, Instant to) {
        interval = intervalSeconds;
        base = Math.floorDiv(from.getEpochSecond(), interval) * interval;
        long n = Math.max(0, to.getEpochSecond() - base) / interval + 1;
        slots = n > MAX_SLOTS ? 0 : (int) n;
        meters = new int[slots];
        units = new long[slots];
    }

    int intervalSeconds() {
        return interval;
    }

    /** Interval readings merged in. */
    int readings() {
        return readings;
    }

    /** Intervals with at least one reading. */
    int size() {
        int n = offGrid.size();
        for (int m : meters) {
            n += m > 0 ? 1 : 0;
        }
        return n;
    }

    /** Merges one meter's reading (negated for a subtracting meter). */
    void add(Instant end, BigDecimal kwh) {
        readings++;
        add(end, kwh, 1);
    }

    /** Adds another curve of the same grid (a child's, for its parent). */
    void addAll(Curve other) {
        readings += other.readings;
        if (!addSlotsFast(other)) {
            addSlotsExact(other);
        }
        for (Map.Entry<Instant, BigDecimal> e : other.offGrid.entrySet()) {
            add(e.getKey(), e.getValue(), other.offGridMeters.get(e.getKey()));
        }
    }

    /** Adds the other's longs slot by slot when both are longs on the same grid; false (nothing changed) otherwise. */
    private boolean addSlotsFast(Curve other) {
        if (big != null || other.big != null || other.slots != slots || other.base != base || other.interval != interval) {
            return false;
        }
        if (other.scale > scale) {
            rescale(other.scale);
            if (big != null) {
                return false;
            }
        }
        long factor = TEN[scale - other.scale];
        long[] sum = units.clone();
        try {
            for (int i = 0; i < slots; i++) {
                if (other.meters[i] > 0) {
                    sum[i] = Math.addExact(sum[i], Math.multiplyExact(other.units[i], factor));
                }
            }
        } catch (ArithmeticException overflow) {
            return false;
        }
        units = sum;
        for (int i = 0; i < slots; i++) {
            meters[i] += other.meters[i];
        }
        return true;
    }

    private void addSlotsExact(Curve other) {
        for (int i = 0; i < other.slots; i++) {
            if (other.meters[i] > 0) {
                add(other.end(i), other.value(i), other.meters[i]);
            }
        }
    }

    private void add(Instant end, BigDecimal kwh, int count) {
        int slot = slot(end);
        if (slot < 0) {
            offGrid.merge(end, kwh, BigDecimal::add);
            offGridMeters.merge(end, count, Integer::sum);
        } else {
            addSlot(slot, kwh, count);
        }
    }

    private int slot(Instant end) {
        if (end.getNano() != 0 || slots == 0) {
            return -1;
        }
        long d = end.getEpochSecond() - base;
        if (d <= 0 || d % interval != 0 || d / interval > slots) {
            return -1;
        }
        return (int) (d / interval) - 1;
    }

    private void addSlot(int slot, BigDecimal kwh, int count) {
        meters[slot] += count;
        if (big == null && kwh.scale() > scale) {
            rescale(kwh.scale());
        }
        if (big == null) {
            try {
                // At scale 0 longValueExact reads the compact long; setScale and unscaledValue cost far more.
                int own = kwh.scale();
                long u = own >= 0 ? Math.multiplyExact(kwh.scaleByPowerOfTen(own).longValueExact(), TEN[scale - own])
                        : kwh.setScale(scale).scaleByPowerOfTen(scale).longValueExact();
                units[slot] = Math.addExact(units[slot], u);
                return;
            } catch (ArithmeticException overflow) {
                toBig();
            }
        }
        big[slot] = big[slot] == null ? kwh : big[slot].add(kwh);
    }

    private void rescale(int newScale) {
        if (newScale > MAX_SCALE) {
            toBig();
            return;
        }
        long factor = TEN[newScale - scale];
        long[] scaled = new long[slots];
        try {
            for (int i = 0; i < slots; i++) {
                scaled[i] = Math.multiplyExact(units[i], factor);
            }
        } catch (ArithmeticException overflow) {
            toBig();
            return;
        }
        units = scaled;
        scale = newScale;
    }

    private void toBig() {
        big = new BigDecimal[slots];
        for (int i = 0; i < slots; i++) {
            if (meters[i] > 0) {
                big[i] = BigDecimal.valueOf(units[i], scale);
            }
        }
        units = null;
    }

    /** The slot's energy; only for slots with a reading (meters[slot] > 0, which the caller may not have set yet). */
    private BigDecimal value(int slot) {
        return big != null ? big[slot] : BigDecimal.valueOf(units[slot], scale);
    }

    private Instant end(int slot) {
        return Instant.ofEpochSecond(base + (long) (slot + 1) * interval);
    }

    /** Every interval with a reading, oldest first. */
    void forEach(Sink sink) {
        Iterator<Map.Entry<Instant, BigDecimal>> extra = offGrid.entrySet().iterator();
        Map.Entry<Instant, BigDecimal> next = extra.hasNext() ? extra.next() : null;
        for (int i = 0; i < slots; i++) {
            if (meters[i] == 0) {
                continue;
            }
            Instant at = end(i);
            while (next != null && next.getKey().isBefore(at)) {
                sink.accept(next.getKey(), next.getValue(), offGridMeters.get(next.getKey()));
                next = extra.hasNext() ? extra.next() : null;
            }
            sink.accept(at, value(i), meters[i]);
        }
        while (next != null) {
            sink.accept(next.getKey(), next.getValue(), offGridMeters.get(next.getKey()));
            next = extra.hasNext() ? extra.next() : null;
        }
    }

    /**
     * The band of each slot by the local time of its start: worked out once per calendar and range, then shared by
     * every curve on the same grid (same interval and range).
     */
    Band[] slotBands(TouSchedule schedule, ZoneId zone) {
        Band[] out = new Band[slots];
        for (int i = 0; i < slots; i++) {
            out[i] = schedule.band(LocalDateTime.ofInstant(end(i).minusSeconds(interval), zone));
        }
        return out;
    }

    /** True when {@code bands} came from {@link #slotBands} of a curve on this grid. */
    boolean fits(Band[] bands) {
        return bands != null && bands.length == slots;
    }

    /**
     * Total, first highest interval, intervals with readings and, with a schedule, the energy per band (each
     * interval in the band in force at its start, local time; every band of the schedule present, zero if empty).
     *
     * @param slotBands from {@link #slotBands} for this grid, schedule and zone, or null (then worked out here)
     */
    Summary summary(TouSchedule schedule, ZoneId zone, Band[] slotBands) {
        if (big == null && offGrid.isEmpty()) {
            Summary fast = fastSummary(schedule, schedule == null ? null : fits(slotBands) ? slotBands : slotBands(schedule, zone));
            if (fast != null) {
                return fast;
            }
        }
        return exactSummary(schedule, zone);
    }

    /** On the long slots; null if a sum would overflow (then the exact way). */
    private Summary fastSummary(TouSchedule schedule, Band[] bandOf) {
        long total = 0;
        long peak = 0;
        int peakSlot = -1;
        int intervals = 0;
        long[] perBand = new long[Band.values().length];
        int[] inBand = new int[perBand.length];
        try {
            for (int i = 0; i < slots; i++) {
                if (meters[i] == 0) {
                    continue;
                }
                long u = units[i];
                total = Math.addExact(total, u);
                intervals++;
                if (peakSlot < 0 || u > peak) {
                    peak = u;
                    peakSlot = i;
                }
                if (bandOf != null) {
                    int b = bandOf[i].ordinal();
                    perBand[b] = Math.addExact(perBand[b], u);
                    inBand[b]++;
                }
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        EnumMap<Band, BigDecimal> bands = null;
        if (schedule != null) {
            bands = new EnumMap<>(Band.class);
            for (Band b : schedule.bands()) {
                bands.put(b, inBand[b.ordinal()] == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(perBand[b.ordinal()], scale));
            }
        }
        return intervals == 0 ? new Summary(null, null, null, 0, bands)
                : new Summary(BigDecimal.valueOf(total, scale), BigDecimal.valueOf(peak, scale), end(peakSlot), intervals,
                        bands);
    }

    private Summary exactSummary(TouSchedule schedule, ZoneId zone) {
        BigDecimal[] total = { null, null };
        Instant[] peakEnd = { null };
        int[] intervals = { 0 };
        EnumMap<Band, BigDecimal> bands = null;
        if (schedule != null) {
            bands = new EnumMap<>(Band.class);
            for (Band b : schedule.bands()) {
                bands.put(b, BigDecimal.ZERO);
            }
        }
        EnumMap<Band, BigDecimal> split = bands;
        forEach((end, kwh, m) -> {
            total[0] = total[0] == null ? kwh : total[0].add(kwh);
            if (total[1] == null || kwh.compareTo(total[1]) > 0) {
                total[1] = kwh;
                peakEnd[0] = end;
            }
            intervals[0]++;
            if (split != null) {
                split.merge(schedule.band(LocalDateTime.ofInstant(end.minusSeconds(interval), zone)), kwh, BigDecimal::add);
            }
        });
        return new Summary(total[0], total[1], peakEnd[0], intervals[0], bands);
    }
}
