package io.openemp.data.readings.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.openemp.data.relational.api.Dialect;

/**
 * The SQL of the bucket table {@code reading_bucket (meter_key, type_key, day, data)} and of
 * {@code reading_revision}, in plain JDBC that H2 and PostgreSQL both run: batched statements. The PostgreSQL
 * fast path ({@link PostgresBucketSql}) overrides the writes with COPY and adds time partitions.
 */
class BucketSql {

    /**
     * A bucket to write: its key, stored bytes, and the version it replaces ({@link #NEW} for a bucket that did
     * not exist). The write succeeds only if the stored version is still that one.
     */
    record Written(BucketKey key, byte[] data, int version) {
        static final int NEW = -1;

        boolean isNew() {
            return version == NEW;
        }
    }

    /** A stored bucket as the writer read it: its bytes and version (the number of times it was rewritten). */
    record Current(byte[] data, int version) {
    }

    /** The previous version of a value, kept when a different one replaces it. */
    record RevisionRow(long meterKey, int typeKey, long epochMilli, long unscaled, int scale, String flags,
            String source, long recordedSecond, Instant supersededAt) {
    }

    /** A stored bucket as read back: its UTC day and bytes. */
    record Stored(int day, byte[] data) {
    }

    /** Another writer changed a bucket between our read and our write: the transaction is run again. */
    static final class ConflictException extends SQLException {
        private static final long serialVersionUID = 1L;

        ConflictException(String message) {
            super(message, "40001");
        }
    }

    /** SQLState of a row for which no partition exists (PostgreSQL). */
    static final String NO_PARTITION = "23514";

    static BucketSql of(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? new PostgresBucketSql() : new BucketSql();
    }

    /** Anything the dialect needs before a batch touching {@code days} starts (autocommit connection). */
    void prepare(Connection connection, Collection<Integer> days) throws SQLException {
    }

    /** Forgets what {@link #prepare} learnt (partitions), after the database said it is no longer so. */
    void forget() {
    }

    /**
     * The stored buckets among {@code keys}. With {@code lock} they are locked until the transaction ends, in key
     * order (reading type, day, meter) so that two writers never wait on each other in a circle; without, the
     * writes check the versions read (optimistic), which spares the database a write per row.
     */
    Map<BucketKey, Current> read(Connection connection, Collection<BucketKey> keys, boolean lock) throws SQLException {
        TreeMap<Long, List<BucketKey>> groups = new TreeMap<>();
        for (BucketKey key : keys) {
            groups.computeIfAbsent(((long) key.type() << 32) | key.day(), g -> new ArrayList<>()).add(key);
        }
        Map<BucketKey, Current> found = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(readSql() + (lock ? " FOR UPDATE" : ""))) {
            for (List<BucketKey> group : groups.values()) {
                BucketKey first = group.get(0);
                Long[] meters = new Long[group.size()];
                for (int i = 0; i < meters.length; i++) {
                    meters[i] = group.get(i).meter();
                }
                Array array = connection.createArrayOf("BIGINT", meters);
                s.setArray(1, array);
                s.setShort(2, (short) first.type());
                s.setObject(3, LocalDate.ofEpochDay(first.day()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.put(new BucketKey(rs.getLong(1), first.type(), first.day()),
                                new Current(rs.getBytes(2), rs.getInt(3)));
                    }
                }
                array.free();
            }
        }
        return found;
    }

    /**
     * The query {@link #read} runs for one reading type and day: parameters meter keys (array), type key, day;
     * columns meter key, data, version; in meter key order.
     */
    String readSql() {
        return "SELECT meter_key, data, version FROM reading_bucket WHERE meter_key = ANY(?) AND type_key = ?"
                + " AND utc_day = ? ORDER BY meter_key";
    }

    /**
     * Inserts the new buckets and updates the changed ones, each only if nobody changed it since it was read.
     *
     * @throws ConflictException when another writer did
     */
    void write(Connection connection, List<Written> buckets) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO reading_bucket (meter_key, type_key, utc_day, data, version) VALUES (?, ?, ?, ?, 0)");
                PreparedStatement update = connection.prepareStatement("UPDATE reading_bucket SET data = ?, version = ?"
                        + " WHERE meter_key = ? AND type_key = ? AND utc_day = ? AND version = ?")) {
            int inserts = 0;
            int updates = 0;
            for (Written w : buckets) {
                if (w.isNew()) {
                    insert.setLong(1, w.key().meter());
                    insert.setShort(2, (short) w.key().type());
                    insert.setObject(3, LocalDate.ofEpochDay(w.key().day()));
                    insert.setBytes(4, w.data());
                    insert.addBatch();
                    inserts++;
                } else {
                    update.setBytes(1, w.data());
                    update.setInt(2, w.version() + 1);
                    update.setLong(3, w.key().meter());
                    update.setShort(4, (short) w.key().type());
                    update.setObject(5, LocalDate.ofEpochDay(w.key().day()));
                    update.setInt(6, w.version());
                    update.addBatch();
                    updates++;
                }
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
            if (updates > 0) {
                for (int count : update.executeBatch()) {
                    if (count == 0) {
                        throw new ConflictException("a bucket changed since it was read");
                    }
                }
            }
        }
    }

    /** Keeps previous versions of values. */
    void revisions(Connection connection, List<RevisionRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO reading_revision (meter_key, type_key,"
                + " reading_time, value_unscaled, value_scale, flags, source, recorded_at, superseded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RevisionRow r : rows) {
                s.setLong(1, r.meterKey());
                s.setShort(2, (short) r.typeKey());
                s.setObject(3, utc(Instant.ofEpochMilli(r.epochMilli())));
                s.setLong(4, r.unscaled());
                s.setShort(5, (short) r.scale());
                s.setString(6, r.flags());
                s.setString(7, r.source());
                s.setObject(8, utc(Instant.ofEpochSecond(r.recordedSecond())));
                s.setObject(9, utc(r.supersededAt()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Anything the dialect needs once the transaction committed, before the batch is acknowledged. */
    void afterCommit(Connection connection) throws SQLException {
    }

    /** The buckets of one meter and reading type from {@code fromDay} to {@code toDay} (inclusive), oldest first. */
    List<Stored> read(Connection connection, long meter, int type, int fromDay, int toDay) throws SQLException {
        List<Stored> result = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT utc_day, data FROM reading_bucket"
                + " WHERE meter_key = ? AND type_key = ? AND utc_day >= ? AND utc_day <= ? ORDER BY utc_day")) {
            s.setLong(1, meter);
            s.setShort(2, (short) type);
            s.setObject(3, LocalDate.ofEpochDay(fromDay));
            s.setObject(4, LocalDate.ofEpochDay(toDay));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new Stored((int) rs.getObject(1, LocalDate.class).toEpochDay(), rs.getBytes(2)));
                }
            }
        }
        return result;
    }

    /** The newest bucket of one meter and reading type, or null. */
    Stored newest(Connection connection, long meter, int type) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT utc_day, data FROM reading_bucket"
                + " WHERE meter_key = ? AND type_key = ? ORDER BY utc_day DESC FETCH FIRST 1 ROWS ONLY")) {
            s.setLong(1, meter);
            s.setShort(2, (short) type);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Stored((int) rs.getObject(1, LocalDate.class).toEpochDay(), rs.getBytes(2)) : null;
            }
        }
    }

    /** The kept previous versions of one value, oldest first. */
    List<RevisionRow> revisionsOf(Connection connection, long meter, int type, Instant at) throws SQLException {
        List<RevisionRow> result = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT value_unscaled, value_scale, flags, source,"
                + " recorded_at, superseded_at FROM reading_revision"
                + " WHERE meter_key = ? AND type_key = ? AND reading_time = ? ORDER BY id")) {
            s.setLong(1, meter);
            s.setShort(2, (short) type);
            s.setObject(3, utc(at));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new RevisionRow(meter, type, at.toEpochMilli(), rs.getLong(1), rs.getShort(2),
                            rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toEpochSecond(),
                            rs.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return result;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
