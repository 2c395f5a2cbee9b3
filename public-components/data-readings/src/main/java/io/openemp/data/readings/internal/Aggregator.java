package io.openemp.data.readings.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.openemp.data.readings.api.Aggregate;
import io.openemp.data.readings.api.Aggregates;
import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.AggregationPeriod;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.ReadingTypeInfo;

/**
 * Combines the readings of one series per period of the meter organisation's local calendar, in one pass over
 * the stored buckets: sums exactly, means rounded half-even to the inputs' largest scale + 4 decimals.
 */
final class Aggregator {

    private final StoreContext context;
    private final Reader reader;

    Aggregator(StoreContext context, Reader reader) {
        this.context = context;
        this.reader = reader;
    }

    /** The running figures of one period. */
    private static final class Acc {
        final Instant start;
        final Instant end;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal min;
        BigDecimal max;
        BigDecimal last;
        int count;
        int scale;

        Acc(Instant start, Instant end) {
            this.start = start;
            this.end = end;
        }

        void add(BigDecimal v) {
            sum = sum.add(v);
            min = min == null || v.compareTo(min) < 0 ? v : min;
            max = max == null || v.compareTo(max) > 0 ? v : max;
            last = v;
            scale = Math.max(scale, v.scale());
            count++;
        }
    }

    Aggregates aggregate(String meter, String readingType, Instant from, Instant to, AggregationPeriod period) {
        Values.range(from, to);
        if (period == null) {
            throw new ReadingInputException("period", "required: one of PT15M, PT1H, P1D, P1M");
        }
        return context.read("aggregate", c -> {
            StoreContext.Series s = context.series(c, meter, readingType);
            ReadingTypeInfo type = s.type();
            if (type.intervalSeconds() > Periods.nominalSeconds(period)) {
                throw new ReadingInputException("period", period + " is finer than the interval of " + type.code()
                        + " (" + Duration.ofSeconds(type.intervalSeconds()) + ")");
            }
            ZoneId zone = context.directory.zone(s.meter());
            if (zone == null) {
                throw new ReadingInputException("meter", "'" + s.meter() + "' belongs to no organisation with a time zone");
            }
            List<Acc> periods = periods(new Periods(period, zone), from, to);
            boolean interval = type.intervalSeconds() > 0;
            // an interval reading stamped t covers (t - interval, t]: it belongs where t - 1 ms lies
            long shift = interval ? 1 : 0;
            int[] p = { 0 };
            reader.visit(c, s, from.toEpochMilli() + shift, to.toEpochMilli() + shift, (ms, b, i) -> {
                long key = ms - shift;
                while (p[0] < periods.size() && !periods.get(p[0]).end.isAfter(Instant.ofEpochMilli(key))) {
                    p[0]++;
                }
                if (p[0] < periods.size()) {
                    periods.get(p[0]).add(b.value(i));
                }
                return true;
            });
            List<Aggregate> result = new ArrayList<>(periods.size());
            for (Acc a : periods) {
                result.add(result(a, type));
            }
            return new Aggregates(s.meter(), type.code(), type.unit(), zone.getId(), period, type.aggregation(),
                    List.copyOf(result));
        });
    }

    private static List<Acc> periods(Periods calendar, Instant from, Instant to) {
        List<Acc> periods = new ArrayList<>();
        Instant start = calendar.start(from);
        while (start.isBefore(to)) {
            if (periods.size() == ReadingStore.MAX_PERIODS) {
                throw new ReadingInputException("to", "the range holds more than " + ReadingStore.MAX_PERIODS
                        + " periods; ask for a shorter range or a longer period");
            }
            Instant end = calendar.end(start);
            periods.add(new Acc(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end));
            start = end;
        }
        return periods;
    }

    private static Aggregate result(Acc a, ReadingTypeInfo type) {
        Integer expected = type.intervalSeconds() > 0
                ? (int) (Duration.between(a.start, a.end).getSeconds() / type.intervalSeconds())
                : null;
        if (a.count == 0) {
            return new Aggregate(a.start, a.end, null, null, null, 0, expected);
        }
        Aggregation how = type.aggregation();
        return switch (how) {
            case SUM -> new Aggregate(a.start, a.end, a.sum, null, null, a.count, expected);
            case AVERAGE -> new Aggregate(a.start, a.end,
                    a.sum.divide(BigDecimal.valueOf(a.count), a.scale + 4, RoundingMode.HALF_EVEN),
                    a.min, a.max, a.count, expected);
            case LAST -> new Aggregate(a.start, a.end, a.last, a.min, a.max, a.count, expected);
        };
    }
}
