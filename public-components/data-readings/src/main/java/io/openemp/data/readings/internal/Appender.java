package io.openemp.data.readings.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStoreException;

/**
 * Appends a batch: checks it, groups it by bucket, then in one transaction reads the buckets it touches, merges
 * the new readings into them (keeping replaced values as revisions), writes them back and commits.
 *
 * <p>Concurrency: the first attempt is optimistic: it reads without locking and writes each bucket only if its
 * version is still the one read (a new bucket only if it still does not exist). A conflict with another writer
 * (a changed version, a bucket both created, a deadlock) rolls the transaction back; the next attempts lock the
 * buckets they read, in key order, so that a busy bucket cannot starve a writer.
 */
final class Appender {

    private static final Logger LOG = LoggerFactory.getLogger(Appender.class);
    static final int MAX_ATTEMPTS = 10;

    private final StoreContext context;
    private final BatchPreparer preparer;

    Appender(StoreContext context) {
        this.context = context;
        this.preparer = new BatchPreparer(context.directory);
    }

    /** Buckets to merge: per key, the batch's rows in time order, repeats removed. */
    private record Grouped(TreeMap<BucketKey, Bucket> buckets, int repeats, Set<Integer> days) {
    }

    /** What the transaction did. */
    private record Outcome(int inserted, int revised, int unchanged) {
    }

    AppendResult append(List<Reading> readings) {
        List<Row> rows = preparer.rows(readings);
        if (rows.isEmpty()) {
            return new AppendResult(0, 0, 0, 0);
        }
        try (Connection connection = context.dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // new dictionary names and partitions are committed on their own, before the batch's transaction
            connection.setAutoCommit(true);
            try {
                context.dictionaries.intern(connection, rows);
                Grouped grouped = group(rows);
                context.sql.prepare(connection, grouped.days());
                Outcome outcome;
                try {
                    outcome = inTransaction(connection, grouped);
                } catch (SQLException e) {
                    if (!hasState(e, Set.of(BucketSql.NO_PARTITION))) {
                        throw e;
                    }
                    // a partition this store had seen was dropped (retention): find out again, once
                    context.sql.forget();
                    context.sql.prepare(connection, grouped.days());
                    outcome = inTransaction(connection, grouped);
                }
                return new AppendResult(rows.size(), outcome.inserted(), outcome.revised(),
                        outcome.unchanged() + grouped.repeats());
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ReadingStoreException("append of " + rows.size() + " readings failed, nothing stored: "
                    + e.getMessage(), e);
        }
    }

    /** Sorts the rows by bucket and time; a key repeated with the same value is dropped, with another refused. */
    private static Grouped group(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::key).thenComparingInt(r -> r.offset).thenComparingInt(r -> r.index));
        TreeMap<BucketKey, Bucket> buckets = new TreeMap<>();
        Set<Integer> days = new TreeSet<>();
        int repeats = 0;
        Row previous = null;
        Bucket current = null;
        BucketKey currentKey = null;
        for (Row r : sorted) {
            BucketKey key = r.key();
            if (previous != null && key.equals(currentKey) && r.offset == previous.offset) {
                boolean same = BigDecimal.valueOf(r.unscaled, r.scale)
                        .compareTo(BigDecimal.valueOf(previous.unscaled, previous.scale)) == 0
                        && Arrays.equals(r.flagIds, previous.flagIds);
                if (!same) {
                    throw new ReadingInputException("readings[" + r.index + "]", "same meter, reading type and instant"
                            + " as readings[" + previous.index + "] but another value or other flags");
                }
                repeats++;
                continue;
            }
            if (!key.equals(currentKey)) {
                currentKey = key;
                current = new Bucket(8);
                buckets.put(key, current);
                days.add(key.day());
            }
            current.add(r.offset, r.unscaled, r.scale, r.flagIds, r.sourceId, 0);
            previous = r;
        }
        return new Grouped(buckets, repeats, days);
    }

    private Outcome inTransaction(Connection connection, Grouped grouped) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (int attempt = 1;; attempt++) {
                Outcome outcome;
                try {
                    outcome = merge(connection, grouped, attempt > 1);
                    connection.commit();
                } catch (SQLException e) {
                    rollback(connection);
                    if (!retriable(e) || attempt == MAX_ATTEMPTS) {
                        throw e;
                    }
                    LOG.debug("Append attempt {} met a concurrent writer ({}); retrying", attempt, e.getSQLState());
                    pause(attempt);
                    continue;
                } catch (RuntimeException | Error e) {
                    rollback(connection);
                    throw e;
                }
                try {
                    context.sql.afterCommit(connection);
                } catch (SQLException e) {
                    // appending the batch again is harmless: it is idempotent
                    throw new ReadingStoreException("the batch was committed but could not be forced to disk: "
                            + e.getMessage() + "; append it again", e);
                }
                return outcome;
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Outcome merge(Connection connection, Grouped grouped, boolean lock) throws SQLException {
        Instant now = Instant.now();
        long recorded = now.getEpochSecond();
        Map<BucketKey, BucketSql.Current> stored = context.sql.read(connection, grouped.buckets().keySet(), lock);
        List<BucketSql.Written> written = new ArrayList<>();
        List<BucketSql.RevisionRow> revisions = new ArrayList<>();
        int inserted = 0;
        int revised = 0;
        int unchanged = 0;
        for (Map.Entry<BucketKey, Bucket> e : grouped.buckets().entrySet()) {
            BucketKey key = e.getKey();
            Bucket incoming = e.getValue();
            BucketSql.Current old = stored.get(key);
            if (old == null) {
                for (int i = 0; i < incoming.size; i++) {
                    incoming.recorded[i] = recorded;
                }
                written.add(new BucketSql.Written(key, BucketCodec.encode(incoming, key.dayStartSecond()),
                        BucketSql.Written.NEW));
                inserted += incoming.size;
                continue;
            }
            byte[] appended = BucketCodec.append(old.data(), key.dayStartSecond(), incoming, recorded);
            if (appended != null) {
                // the usual case: everything new comes after what is stored
                written.add(new BucketSql.Written(key, appended, old.version()));
                inserted += incoming.size;
                continue;
            }
            Bucket existing = BucketCodec.decode(old.data(), key.dayStartSecond());
            Bucket merged = new Bucket(existing.size + incoming.size);
            int i = 0;
            int changes = 0;
            for (int j = 0; j < incoming.size; j++) {
                int offset = incoming.offsets[j];
                while (i < existing.size && existing.offsets[i] < offset) {
                    merged.addFrom(existing, i++);
                }
                if (i < existing.size && existing.offsets[i] == offset) {
                    if (existing.sameAs(i, incoming, j)) {
                        merged.addFrom(existing, i);
                        unchanged++;
                    } else {
                        revisions.add(revision(connection, key, existing, i, now));
                        merged.add(offset, incoming.unscaled[j], incoming.scales[j], incoming.flags[j],
                                incoming.sources[j], recorded);
                        revised++;
                        changes++;
                    }
                    i++;
                } else {
                    merged.add(offset, incoming.unscaled[j], incoming.scales[j], incoming.flags[j],
                            incoming.sources[j], recorded);
                    inserted++;
                    changes++;
                }
            }
            while (i < existing.size) {
                merged.addFrom(existing, i++);
            }
            if (changes > 0) {
                written.add(new BucketSql.Written(key, BucketCodec.encode(merged, key.dayStartSecond()), old.version()));
            }
        }
        if (!written.isEmpty()) {
            context.sql.write(connection, written);
        }
        context.sql.revisions(connection, revisions);
        return new Outcome(inserted, revised, unchanged);
    }

    private BucketSql.RevisionRow revision(Connection connection, BucketKey key, Bucket b, int i, Instant now)
            throws SQLException {
        String flags = String.join(",", context.dictionaries.flagNames(connection, b.flags[i]));
        return new BucketSql.RevisionRow(key.meter(), key.type(), key.day() * 86_400_000L + b.offsets[i],
                b.unscaled[i], b.scales[i], flags, context.dictionaries.sourceName(connection, b.sources[i]),
                b.recorded[i], now);
    }

    /** SQLStates of conflicts with a concurrent writer that a new attempt resolves. */
    private static final Set<String> RETRIABLE = Set.of(
            "23505", // unique violation: a bucket both created
            "40001", // serialization failure, a changed version (ConflictException), an H2 deadlock
            "40P01", // PostgreSQL deadlock
            "HYT00", // H2 lock timeout
            "90131"); // H2 concurrent update

    static boolean retriable(SQLException e) {
        return hasState(e, RETRIABLE);
    }

    /** Whether {@code e}, its causes or the exceptions chained to them (batches) carry one of {@code states}. */
    static boolean hasState(SQLException e, Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException x = s; x != null; x = x.getNextException() == x ? null : x.getNextException()) {
                    if (x.getSQLState() != null && states.contains(x.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback failed", e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadingStoreException("interrupted while retrying an append", e);
        }
    }
}
