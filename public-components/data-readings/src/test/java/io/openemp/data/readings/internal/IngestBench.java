package io.openemp.data.readings.internal;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.PGConnection;

import io.openemp.data.readings.api.AggregationPeriod;
import io.openemp.data.readings.api.Reading;
import io.openemp.testing.TestDatabases;

/**
 * The measurements behind the layout (README, "Figures"). Not a test: run it by hand.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.openemp.data.readings.internal.IngestBench [h2|pg|both] [n]
 * </pre>
 *
 * For each database, on a new empty database each time: 1M quarter-hour readings (1,000 meters x 1,000
 * quarters, about 10.4 days) appended in batches of 10,000, committed (and, on H2, synced) per batch, in two
 * orders: meter-major (each batch is 10 meters' whole series, as a daily profile download brings them) and
 * time-major (each batch is 10 quarters of all 1,000 meters, as a real-time feed brings them); in the bucket
 * layout (the store, through its API) and the row layout ({@link RowLayoutCandidate}); plus the raw baseline
 * (PostgreSQL: text COPY of plain rows into an indexed table; H2: batched INSERT). Then bytes on disk per
 * reading and the latency of one meter-month query and aggregate.
 *
 * <p>System properties: {@code bench.h2url} appends settings to the H2 URL ({@code ;RETENTION_TIME=0});
 * {@code bench.h2sync=false} turns {@code h2SyncAfterCommit} off; {@code bench.settle=true} measures the H2 file
 * again two minutes after the run.
 */
public final class IngestBench {

    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final int BATCH = 10_000;

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String only = args.length > 2 ? args[2] : "all";
        int meters = (int) Math.sqrt(n);
        int quarters = n / meters;
        System.out.printf(Locale.ROOT, "%d readings: %d meters x %d quarters, batches of %d%n", meters * quarters, meters, quarters, BATCH);
        System.out.println("db | layout | order | readings/s | bytes/reading | meter-month query p50 | month of days aggregate p50");
        for (String db : which.equals("both") ? List.of("h2", "pg") : List.of(which)) {
            if (only.equals("all") || only.equals("raw")) {
                raw(db, meters, quarters);
            }
            for (String layout : List.of("bucket", "row")) {
                if (!(only.equals("all") || only.equals(layout))) {
                    continue;
                }
                run(db, layout, true, meters, quarters);
                run(db, layout, false, meters, quarters);
                // the worst case for buckets: each batch one quarter hour of 10,000 meters, one reading a bucket
                run(db, layout, false, BATCH, n / BATCH);
            }
        }
    }

    /** A new empty database behind a pool, as the platform has it; {@link #plain} keeps the unpooled one. */
    private static DataSource fresh(String db) {
        plain = db.equals("h2") ? TestDatabases.h2("bench") : TestDatabases.postgres("readingsbench");
        if (db.equals("h2") && System.getProperty("bench.h2url") != null) {
            ((JdbcDataSource) plain).setURL(((JdbcDataSource) plain).getURL() + System.getProperty("bench.h2url"));
        }
        return Fixture.pooled(plain);
    }

    private static DataSource plain;

    /** The batches of the data set in one order; values are kWh with 3 decimals, 0.000 to 2.500. */
    private static List<List<Reading>> batches(List<String> names, int quarters, boolean meterMajor) {
        Random random = new Random(1);
        BigDecimal[] values = new BigDecimal[2501];
        for (int i = 0; i < values.length; i++) {
            values[i] = BigDecimal.valueOf(i, 3);
        }
        List<List<Reading>> batches = new ArrayList<>();
        List<Reading> batch = new ArrayList<>(BATCH);
        int outer = meterMajor ? names.size() : quarters;
        int inner = meterMajor ? quarters : names.size();
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                int m = meterMajor ? o : i;
                int q = meterMajor ? i : o;
                batch.add(new Reading(names.get(m), FixtureDirectory.ENERGY, T0.plusSeconds(900L * (q + 1)),
                        values[random.nextInt(values.length)], Set.of(), "bench"));
                if (batch.size() == BATCH) {
                    batches.add(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private static void run(String db, String layout, boolean meterMajor, int meters, int quarters) throws Exception {
        DataSource ds = fresh(db);
        FixtureDirectory directory = new FixtureDirectory();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < meters; i++) {
            names.add(directory.add("BENCH-" + i, "Europe/Berlin"));
        }
        String month = directory.add("BENCH-MONTH", "Europe/Berlin");
        List<List<Reading>> batches = batches(names, quarters, meterMajor);
        JdbcReadingStore store = JdbcReadingStore.open(ds, directory, new JdbcReadingStore.Settings(100_000, 300,
                !"false".equals(System.getProperty("bench.h2sync"))));
        RowLayoutCandidate rows = layout.equals("row") ? new RowLayoutCandidate(ds, new DirectoryCache(directory, 300)) : null;
        // warm up the JIT on a meter of its own: a whole month, which the query latency is then measured on
        List<Reading> monthly = new ArrayList<>();
        for (int q = 1; q <= 31 * 96; q++) {
            monthly.add(Reading.of(month, FixtureDirectory.ENERGY, T0.plusSeconds(900L * q), BigDecimal.valueOf(q % 2500, 3)));
        }
        for (int k = 0; k < monthly.size(); k += 1000) {
            List<Reading> part = monthly.subList(k, Math.min(k + 1000, monthly.size()));
            if (rows == null) {
                store.append(part);
            } else {
                rows.append(part);
            }
        }
        long start = System.nanoTime();
        int total = 0;
        for (List<Reading> batch : batches) {
            if (rows == null) {
                store.append(batch);
            } else {
                rows.append(batch);
            }
            total += batch.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double bytes = bytesOnDisk(ds, db, layout) / (double) (total + monthly.size());
        long meterKey = directory.meterKey(month).getAsLong();
        int typeKey = rows == null ? 0 : rows.dictionaries().types.find(conn(ds), FixtureDirectory.ENERGY);
        double[] query = latency(() -> {
            if (rows == null) {
                check(store.query(month, FixtureDirectory.ENERGY, T0, T0.plusSeconds(86_400L * 31 + 1), 100_000).points().size());
            } else {
                check(rows.query(meterKey, typeKey, T0, T0.plusSeconds(86_400L * 31 + 1)).size());
            }
        });
        double[] aggregate = rows != null ? new double[] { Double.NaN } : latency(() -> store.aggregate(month, FixtureDirectory.ENERGY,
                T0, T0.plusSeconds(86_400L * 31), AggregationPeriod.P1D));
        System.out.printf(Locale.ROOT, "%s | %s | %s | %.0f | %.1f | %.2f ms | %.2f ms%n", db, layout,
                (meterMajor ? "meter-major" : "time-major") + (meters == BATCH ? ", 10k meters" : ""), total / seconds, bytes, query[0], aggregate[0]);
        if (db.equals("h2") && Boolean.getBoolean("bench.settle")) {
            // H2 reuses the space of old chunks only after its RETENTION_TIME (45 s); let it pass, as it would
            // between real batches, then let H2's background writer do its housekeeping
            for (int i = 0; i < 12; i++) {
                Thread.sleep(10_000);
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT");
                }
            }
            System.out.printf(Locale.ROOT, "   h2 file 2 minutes later: %.1f bytes/reading%n",
                    bytesOnDisk(ds, db, layout) / (double) (total + monthly.size()));
        }
        if (db.equals("h2")) {
            System.out.printf(Locale.ROOT, "   h2 file after SHUTDOWN COMPACT: %.1f bytes/reading%n",
                    compacted(ds) / (double) (total + monthly.size()));
        }
        dispose(ds);
    }

    private static Connection cached;

    private static Connection conn(DataSource ds) {
        try {
            if (cached == null || cached.isClosed()) {
                cached = ds.getConnection();
            }
            return cached;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(int n) {
        if (n != 31 * 96) {
            throw new IllegalStateException("the month query found " + n + " readings");
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    /** p50 in milliseconds of 200 runs after 50 warm-up runs. */
    private static double[] latency(Action action) throws Exception {
        for (int i = 0; i < 50; i++) {
            action.run();
        }
        double[] ms = new double[200];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            action.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] { ms[ms.length / 2], ms[ms.length * 95 / 100] };
    }

    private static long bytesOnDisk(DataSource ds, String db, String layout) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            if (db.equals("h2")) {
                s.execute("CHECKPOINT SYNC");
                return Files.size(h2File(ds));
            }
            String sql = layout.equals("bucket")
                    ? "SELECT (SELECT sum(pg_total_relation_size(relid)) FROM pg_partition_tree('reading_bucket'))"
                            + " + pg_total_relation_size('reading_revision')"
                    : layout.equals("row")
                            ? "SELECT (SELECT sum(pg_total_relation_size(relid)) FROM pg_partition_tree('reading_row'))"
                                    + " + pg_total_relation_size('reading_row_revision')"
                            : "SELECT pg_total_relation_size('raw_reading')";
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    private static Path h2File(DataSource ds) {
        String url = ((JdbcDataSource) plain).getURL();
        String path = url.substring("jdbc:h2:file:".length(), url.indexOf(';'));
        return Path.of(path + ".mv.db");
    }

    private static long compacted(DataSource ds) throws Exception {
        if (cached != null) {
            cached.close();
            cached = null;
        }
        ((com.zaxxer.hikari.HikariDataSource) ds).close();
        try (Connection c = plain.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        return Files.size(h2File(ds));
    }

    /** The raw baseline: plain rows, no checks, no idempotency. */
    private static void raw(String db, int meters, int quarters) throws Exception {
        DataSource ds = fresh(db);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE raw_reading (meter_key bigint NOT NULL, type_key smallint NOT NULL,"
                    + " reading_time timestamp with time zone NOT NULL, reading_value numeric(27, 9) NOT NULL,"
                    + " PRIMARY KEY (meter_key, type_key, reading_time))");
            c.setAutoCommit(false);
            Random random = new Random(1);
            long start = System.nanoTime();
            int total = 0;
            if (db.equals("pg")) {
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                StringBuilder text = new StringBuilder();
                for (int m = 0; m < meters; m++) {
                    for (int q = 0; q < quarters; q++) {
                        text.append(m).append("\t1\t").append(T0.plusSeconds(900L * (q + 1))).append('\t')
                                .append(BigDecimal.valueOf(random.nextInt(2501), 3).toPlainString()).append('\n');
                        if (++total % BATCH == 0) {
                            copy.copyIn("COPY raw_reading FROM STDIN", new StringReader(text.toString()));
                            c.commit();
                            text.setLength(0);
                        }
                    }
                }
            } else {
                try (var insert = c.prepareStatement("INSERT INTO raw_reading VALUES (?, 1, ?, ?)")) {
                    for (int m = 0; m < meters; m++) {
                        for (int q = 0; q < quarters; q++) {
                            insert.setLong(1, m);
                            insert.setObject(2, T0.plusSeconds(900L * (q + 1)).atOffset(java.time.ZoneOffset.UTC));
                            insert.setBigDecimal(3, BigDecimal.valueOf(random.nextInt(2501), 3));
                            insert.addBatch();
                            if (++total % BATCH == 0) {
                                insert.executeBatch();
                                c.commit();
                                s.execute("CHECKPOINT SYNC");
                            }
                        }
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            double bytes = bytesOnDisk(ds, db, "raw") / (double) total;
            System.out.printf(Locale.ROOT, "%s | raw rows (%s) | meter-major | %.0f | %.1f | - | -%n", db,
                    db.equals("pg") ? "COPY" : "batched INSERT", total / seconds, bytes);
        }
        dispose(ds);
    }

    /** Closes the pool and removes the database: the bench databases are large. */
    private static void dispose(DataSource ds) throws Exception {
        if (cached != null) {
            cached.close();
            cached = null;
        }
        if (ds instanceof com.zaxxer.hikari.HikariDataSource pool && !pool.isClosed()) {
            pool.close();
        }
        if (plain instanceof JdbcDataSource h2) {
            try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException alreadyClosed) {
                // SHUTDOWN COMPACT closed it
            }
            try (var files = Files.walk(h2File(ds).getParent())) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        } else if (plain instanceof org.postgresql.ds.PGSimpleDataSource pg) {
            try (Connection c = java.sql.DriverManager.getConnection(TestDatabases.postgresBaseUrl());
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + pg.getDatabaseName());
            }
        }
    }
}
