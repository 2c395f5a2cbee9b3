package io.openemp.data.readings.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.openemp.data.readings.api.History;
import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.ReadingTypeInfo;
import io.openemp.data.readings.api.Revision;
import io.openemp.data.readings.api.Series;

/** Raw reads: a range of one series, the latest value of many meters, the versions of one value. */
final class Reader {

    static final long DAY_MS = 86_400_000L;

    /** Receives the decoded entries of a series in time order; returns false to stop. */
    @FunctionalInterface
    interface Visitor {
        boolean visit(long epochMilli, Bucket bucket, int index) throws SQLException;
    }

    private final StoreContext context;

    Reader(StoreContext context) {
        this.context = context;
    }

    Series query(String meter, String readingType, Instant from, Instant to, int limit) {
        Values.range(from, to);
        if (limit < 1 || limit > context.queryLimit) {
            throw new ReadingInputException("limit", "must lie within 1.." + context.queryLimit + ", not " + limit);
        }
        return context.read("query", c -> {
            StoreContext.Series s = context.series(c, meter, readingType);
            List<Point> points = new ArrayList<>();
            Instant[] next = new Instant[1];
            visit(c, s, from.toEpochMilli(), to.toEpochMilli(), (ms, b, i) -> {
                if (points.size() == limit) {
                    next[0] = Instant.ofEpochMilli(ms);
                    return false;
                }
                points.add(point(c, ms, b, i));
                return true;
            });
            return new Series(s.meter(), s.type().code(), s.type().unit(), List.copyOf(points), next[0]);
        });
    }

    List<Reading> latest(Collection<String> meters, String readingType) {
        if (meters == null) {
            throw new ReadingInputException("meters", "required");
        }
        if (meters.size() > ReadingStore.MAX_METERS) {
            throw new ReadingInputException("meters", "at most " + ReadingStore.MAX_METERS + " meters, not " + meters.size());
        }
        ReadingTypeInfo type = context.type(readingType, "readingType");
        List<String> names = new ArrayList<>(meters);
        long[] keys = new long[names.size()];
        for (int i = 0; i < keys.length; i++) {
            String field = "meters[" + i + "]";
            String m = BatchPreparer.name(names.get(i), field);
            keys[i] = context.directory.meterKey(m).orElseThrow(
                    () -> new ReadingInputException(field, "unknown meter '" + Values.shortText(m) + "'"));
        }
        return context.read("latest", c -> {
            Integer typeKey = context.dictionaries.types.find(c, type.code());
            List<Reading> result = new ArrayList<>();
            if (typeKey == null) {
                return result;
            }
            for (int i = 0; i < keys.length; i++) {
                BucketSql.Stored newest = context.sql.newest(c, keys[i], typeKey);
                if (newest == null) {
                    continue;
                }
                Bucket b = BucketCodec.decode(newest.data(), newest.day() * 86_400L);
                if (b.size == 0) {
                    continue;
                }
                int last = b.size - 1;
                Point p = point(c, newest.day() * DAY_MS + b.offsets[last], b, last);
                result.add(new Reading(names.get(i), type.code(), p.at(), p.value(), p.flags(), p.source()));
            }
            return result;
        });
    }

    History history(String meter, String readingType, Instant at) {
        Values.instant(at, "at");
        return context.read("history", c -> {
            StoreContext.Series s = context.series(c, meter, readingType);
            List<Revision> revisions = new ArrayList<>();
            if (s.typeKey() == null) {
                return new History(s.meter(), s.type().code(), at, revisions);
            }
            long ms = at.toEpochMilli();
            int day = (int) Math.floorDiv(ms, DAY_MS);
            List<BucketSql.Stored> stored = context.sql.read(c, s.meterKey(), s.typeKey(), day, day);
            for (BucketSql.RevisionRow r : context.sql.revisionsOf(c, s.meterKey(), s.typeKey(), at)) {
                revisions.add(new Revision(revisions.size(), BigDecimal.valueOf(r.unscaled(), r.scale()),
                        flags(r.flags()), r.source(), Instant.ofEpochSecond(r.recordedSecond()), r.supersededAt()));
            }
            if (!stored.isEmpty()) {
                Bucket b = BucketCodec.decode(stored.get(0).data(), day * 86_400L);
                int i = b.find((int) Math.floorMod(ms, DAY_MS));
                if (i >= 0) {
                    revisions.add(new Revision(revisions.size(), b.value(i),
                            context.dictionaries.flagNames(c, b.flags[i]),
                            context.dictionaries.sourceName(c, b.sources[i]),
                            Instant.ofEpochSecond(b.recorded[i]), null));
                }
            }
            return new History(s.meter(), s.type().code(), at, List.copyOf(revisions));
        });
    }

    /** Every stored entry of the series with {@code fromMs <= t < toMs}, in time order, until the visitor stops. */
    void visit(Connection c, StoreContext.Series s, long fromMs, long toMs, Visitor visitor) throws SQLException {
        if (s.typeKey() == null) {
            return;
        }
        int fromDay = (int) Math.floorDiv(fromMs, DAY_MS);
        int toDay = (int) Math.floorDiv(toMs - 1, DAY_MS);
        // a year of days at a time keeps memory bounded on long ranges
        for (int start = fromDay; start <= toDay; start += 366) {
            int end = Math.min(toDay, start + 365);
            for (BucketSql.Stored stored : context.sql.read(c, s.meterKey(), s.typeKey(), start, end)) {
                Bucket b = BucketCodec.decode(stored.data(), stored.day() * 86_400L);
                long base = stored.day() * DAY_MS;
                for (int i = 0; i < b.size; i++) {
                    long ms = base + b.offsets[i];
                    if (ms < fromMs) {
                        continue;
                    }
                    if (ms >= toMs || !visitor.visit(ms, b, i)) {
                        return;
                    }
                }
            }
        }
    }

    Point point(Connection c, long ms, Bucket b, int i) throws SQLException {
        return new Point(Instant.ofEpochMilli(ms), b.value(i), context.dictionaries.flagNames(c, b.flags[i]),
                context.dictionaries.sourceName(c, b.sources[i]));
    }

    private static Set<String> flags(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(joined.split(","))));
    }
}
