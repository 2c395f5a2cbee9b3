package io.openemp.data.readings.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's fast path: buckets are sent with binary COPY into a temporary staging table, then merged with one
 * set-based INSERT (new buckets) and one set-based UPDATE (changed buckets). {@code reading_bucket} is
 * partitioned by month of {@code day}; a month's partition is created the first time a batch reaches it.
 */
final class PostgresBucketSql extends BucketSql {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBucketSql.class);

    /** Fewer buckets than this go by plain batched statements: COPY and staging cost more than they save. */
    static final int COPY_THRESHOLD = 32;

    /** Room left in each page so that a bucket rewritten by a later batch stays on its page (a HOT update). */
    static final int FILLFACTOR = 70;

    private final Set<YearMonth> partitions = ConcurrentHashMap.newKeySet();
    private volatile boolean partitionsLoaded;

    @Override
    void prepare(Connection connection, Collection<Integer> days) throws SQLException {
        if (!partitionsLoaded) {
            loadPartitions(connection);
        }
        Set<YearMonth> months = new TreeSet<>();
        for (int day : days) {
            YearMonth month = YearMonth.from(LocalDate.ofEpochDay(day));
            if (!partitions.contains(month)) {
                months.add(month);
            }
        }
        for (YearMonth month : months) {
            createPartition(connection, month);
        }
    }

    @Override
    void forget() {
        partitions.clear();
        partitionsLoaded = false;
    }

    static String partitionName(YearMonth month) {
        return String.format("reading_bucket_%04d%02d", month.getYear(), month.getMonthValue());
    }

    private void loadPartitions(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT c.relname FROM pg_inherits i"
                + " JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'reading_bucket'::regclass");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name.matches("reading_bucket_\\d{6}")) {
                    partitions.add(YearMonth.of(Integer.parseInt(name.substring(15, 19)),
                            Integer.parseInt(name.substring(19, 21))));
                }
            }
        }
        partitionsLoaded = true;
    }

    private void createPartition(Connection connection, YearMonth month) throws SQLException {
        String name = partitionName(month);
        String sql = "CREATE TABLE IF NOT EXISTS " + name + " PARTITION OF reading_bucket FOR VALUES FROM ('"
                + month.atDay(1) + "') TO ('" + month.plusMonths(1).atDay(1) + "') WITH (fillfactor = " + FILLFACTOR + ")";
        try {
            execute(connection, sql);
            LOG.info("Created partition {} of reading_bucket", name);
        } catch (SQLException e) {
            // another writer created it at the same moment: fine if it is there now
            try (PreparedStatement s = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    if (!(rs.next() && rs.getBoolean(1))) {
                        throw e;
                    }
                }
            }
        }
        partitions.add(month);
    }

    @Override
    void write(Connection connection, List<Written> buckets) throws SQLException {
        Object copy = buckets.size() < COPY_THRESHOLD ? null : PgCopy.copyApi(connection);
        if (copy == null) {
            super.write(connection, buckets);
            return;
        }
        execute(connection, "CREATE TEMP TABLE IF NOT EXISTS reading_bucket_stage (meter_key bigint NOT NULL,"
                + " type_key smallint NOT NULL, utc_day date NOT NULL, data bytea NOT NULL, version int NOT NULL)"
                + " ON COMMIT DELETE ROWS");
        int bytes = 0;
        int inserts = 0;
        int minDay = Integer.MAX_VALUE;
        int maxDay = Integer.MIN_VALUE;
        for (Written w : buckets) {
            bytes += w.data().length + 48;
            inserts += w.isNew() ? 1 : 0;
            minDay = Math.min(minDay, w.key().day());
            maxDay = Math.max(maxDay, w.key().day());
        }
        PgCopy rows = new PgCopy(bytes);
        for (Written w : buckets) {
            rows.row(5).int8(w.key().meter()).int2(w.key().type()).date(w.key().day()).bytea(w.data()).int4(w.version());
        }
        rows.send(copy, "reading_bucket_stage (meter_key, type_key, utc_day, data, version)");
        if (inserts > 0) {
            execute(connection, "INSERT INTO reading_bucket (meter_key, type_key, utc_day, data, version)"
                    + " SELECT meter_key, type_key, utc_day, data, 0 FROM reading_bucket_stage WHERE version < 0");
        }
        int updates = buckets.size() - inserts;
        if (updates > 0) {
            // a few thousand keys against a month partition: probe the primary key for each rather than hash
            // the whole partition (the staging table has no statistics to tell the planner so)
            execute(connection, "SET LOCAL enable_hashjoin = off");
            execute(connection, "SET LOCAL enable_mergejoin = off");
            try (PreparedStatement s = connection.prepareStatement("UPDATE reading_bucket b"
                    + " SET data = s.data, version = s.version + 1 FROM reading_bucket_stage s"
                    + " WHERE s.version >= 0 AND b.meter_key = s.meter_key AND b.type_key = s.type_key"
                    + " AND b.utc_day = s.utc_day AND b.version = s.version AND b.utc_day BETWEEN ? AND ?")) {
                s.setObject(1, LocalDate.ofEpochDay(minDay));
                s.setObject(2, LocalDate.ofEpochDay(maxDay));
                if (s.executeUpdate() != updates) {
                    throw new ConflictException("a bucket changed since it was read");
                }
            }
        }
    }
}
