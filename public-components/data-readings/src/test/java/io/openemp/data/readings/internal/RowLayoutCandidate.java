package io.openemp.data.readings.internal;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.relational.api.Dialect;

/**
 * The layout the store did not choose, for the measurements in the README only: one row per reading, with the
 * same semantics (checks, dictionaries, idempotency, revisions kept). PostgreSQL: text COPY into a staging table,
 * then one INSERT ... ON CONFLICT DO UPDATE where the value differs, into a table partitioned by month. H2: the
 * existing rows read and locked, then batched MERGE. (PostgreSQL keeps replaced values with a trigger.)
 */
final class RowLayoutCandidate {

    private final DataSource dataSource;
    private final Dialect dialect;
    private final BatchPreparer preparer;
    private final Dictionaries dictionaries;

    RowLayoutCandidate(DataSource dataSource, DirectoryCache directory) throws SQLException {
        this.dataSource = dataSource;
        this.dialect = Dialect.of(dataSource);
        this.preparer = new BatchPreparer(directory);
        this.dictionaries = new Dictionaries(dialect);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                s.execute("CREATE TABLE reading_row (meter_key bigint NOT NULL, type_key smallint NOT NULL,"
                        + " reading_time timestamptz NOT NULL, value numeric NOT NULL, flags smallint NOT NULL,"
                        + " source_key int NOT NULL, recorded_at timestamptz NOT NULL,"
                        + " PRIMARY KEY (meter_key, type_key, reading_time)) PARTITION BY RANGE (reading_time)");
                for (YearMonth m = YearMonth.of(2024, 1); m.isBefore(YearMonth.of(2025, 1)); m = m.plusMonths(1)) {
                    s.execute("CREATE TABLE reading_row_" + m.getYear() + m.getMonthValue() + " PARTITION OF reading_row"
                            + " FOR VALUES FROM ('" + m.atDay(1) + "T00:00:00Z') TO ('" + m.plusMonths(1).atDay(1) + "T00:00:00Z')");
                }
            } else {
                s.execute("CREATE TABLE reading_row (meter_key bigint NOT NULL, type_key smallint NOT NULL,"
                        + " reading_time timestamp with time zone NOT NULL, \"VALUE\" numeric(27, 9) NOT NULL,"
                        + " flags smallint NOT NULL, source_key int NOT NULL, recorded_at timestamp with time zone NOT NULL,"
                        + " PRIMARY KEY (meter_key, type_key, reading_time))");
            }
            s.execute("CREATE TABLE reading_row_revision (meter_key bigint NOT NULL, type_key smallint NOT NULL,"
                    + " reading_time timestamp with time zone NOT NULL, old_value numeric NOT NULL, flags smallint NOT NULL,"
                    + " source_key int NOT NULL, recorded_at timestamp with time zone NOT NULL,"
                    + " superseded_at timestamp with time zone NOT NULL)");
            if (dialect == Dialect.POSTGRESQL) {
                // a replaced value is kept by a trigger, which runs only when a value really changes
                s.execute("CREATE FUNCTION reading_row_keep() RETURNS trigger AS $$ BEGIN INSERT INTO reading_row_revision"
                        + " VALUES (OLD.meter_key, OLD.type_key, OLD.reading_time, OLD.value, OLD.flags, OLD.source_key,"
                        + " OLD.recorded_at, now()); RETURN NEW; END $$ LANGUAGE plpgsql");
                s.execute("CREATE TRIGGER reading_row_keep BEFORE UPDATE ON reading_row FOR EACH ROW EXECUTE FUNCTION reading_row_keep()");
            }
        }
    }

    static String valueColumn(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? "value" : "\"VALUE\"";
    }

    AppendResult append(List<Reading> readings) throws SQLException {
        List<Row> rows = preparer.rows(readings);
        try (Connection c = dataSource.getConnection()) {
            dictionaries.intern(c, rows);
            c.setAutoCommit(false);
            int changed = dialect == Dialect.POSTGRESQL ? pg(c, rows) : h2(c, rows);
            c.commit();
            if (dialect == Dialect.H2) {
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
            }
            c.setAutoCommit(true);
            return new AppendResult(rows.size(), changed, 0, rows.size() - changed);
        }
    }

    private static int flagBits(Row r) {
        int bits = 0;
        for (int id : r.flagIds) {
            bits |= 1 << Math.min(id, 15);
        }
        return bits;
    }

    private int pg(Connection c, List<Row> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS reading_row_stage (meter_key bigint, type_key smallint,"
                    + " reading_time timestamptz, value numeric, flags smallint, source_key int) ON COMMIT DELETE ROWS");
        }
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (Row r : rows) {
            text.append(r.meterKey).append('\t').append(r.typeId).append('\t')
                    .append(Instant.ofEpochMilli(r.day * 86_400_000L + r.offset)).append('\t')
                    .append(BigDecimal.valueOf(r.unscaled, r.scale).toPlainString()).append('\t')
                    .append(flagBits(r)).append('\t').append(r.sourceId).append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY reading_row_stage FROM STDIN", new StringReader(text.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO reading_row SELECT meter_key, type_key, reading_time, value, flags, source_key, now()"
                    + " FROM reading_row_stage ON CONFLICT (meter_key, type_key, reading_time) DO UPDATE"
                    + " SET value = EXCLUDED.value, flags = EXCLUDED.flags, source_key = EXCLUDED.source_key, recorded_at = now()"
                    + " WHERE reading_row.value <> EXCLUDED.value OR reading_row.flags <> EXCLUDED.flags");
            return rows.size();
        }
    }

    private int h2(Connection c, List<Row> rows) throws SQLException {
        // existing rows of the batch's keys, locked, one statement per reading type and UTC day
        TreeMap<Long, List<Row>> groups = new TreeMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(((long) r.typeId << 32) | r.day, g -> new ArrayList<>()).add(r);
        }
        Map<String, BigDecimal> existing = new HashMap<>();
        // H2 uses the primary key for a join with UNNEST, not for = ANY(?) (see H2BucketSql)
        try (PreparedStatement s = c.prepareStatement("SELECT r.meter_key, r.reading_time, r." + valueColumn(dialect)
                + " FROM UNNEST(?) u(m) JOIN reading_row r ON r.meter_key = u.m AND r.type_key = ?"
                + " AND r.reading_time >= ? AND r.reading_time < ? FOR UPDATE")) {
            for (List<Row> group : groups.values()) {
                Row first = group.get(0);
                Long[] meters = group.stream().map(r -> r.meterKey).distinct().toArray(Long[]::new);
                Array array = c.createArrayOf("BIGINT", meters);
                s.setArray(1, array);
                s.setShort(2, (short) first.typeId);
                s.setObject(3, LocalDate.ofEpochDay(first.day).atStartOfDay().atOffset(ZoneOffset.UTC));
                s.setObject(4, LocalDate.ofEpochDay(first.day + 1).atStartOfDay().atOffset(ZoneOffset.UTC));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        existing.put(rs.getLong(1) + "@" + rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli(),
                                rs.getBigDecimal(3));
                    }
                }
            }
        }
        int written = 0;
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO reading_row KEY (meter_key, type_key, reading_time)"
                + " VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            for (Row r : rows) {
                long ms = r.day * 86_400_000L + r.offset;
                BigDecimal value = BigDecimal.valueOf(r.unscaled, r.scale);
                BigDecimal old = existing.get(r.meterKey + "@" + ms);
                if (old != null && old.compareTo(value) == 0) {
                    continue;
                }
                merge.setLong(1, r.meterKey);
                merge.setShort(2, (short) r.typeId);
                merge.setObject(3, Instant.ofEpochMilli(ms).atOffset(ZoneOffset.UTC));
                merge.setBigDecimal(4, value);
                merge.setShort(5, (short) flagBits(r));
                merge.setInt(6, r.sourceId);
                merge.addBatch();
                written++;
            }
            merge.executeBatch();
        }
        return written;
    }

    /** One meter's readings in [from, to), as the store's query returns them. */
    List<Point> query(long meterKey, int typeKey, Instant from, Instant to) throws SQLException {
        List<Point> points = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT reading_time, "
                + valueColumn(dialect) + ", flags, source_key FROM reading_row WHERE meter_key = ? AND type_key = ?"
                + " AND reading_time >= ? AND reading_time < ? ORDER BY reading_time")) {
            s.setLong(1, meterKey);
            s.setShort(2, (short) typeKey);
            s.setObject(3, from.atOffset(ZoneOffset.UTC));
            s.setObject(4, to.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    points.add(new Point(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getBigDecimal(2),
                            java.util.Set.of(), dictionaries.sourceName(c, rs.getInt(4))));
                }
            }
        }
        return points;
    }

    Dictionaries dictionaries() {
        return dictionaries;
    }
}
