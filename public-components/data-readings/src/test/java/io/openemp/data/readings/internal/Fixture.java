package io.openemp.data.readings.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.openemp.data.readings.api.Reading;
import io.openemp.testing.TestDatabases;

/**
 * The databases and store the tests share: one H2 file database and one PostgreSQL database per test run, each
 * with the store's schema, and one {@link FixtureDirectory}. Tests keep apart by using meters of their own.
 */
public final class Fixture {

    public static final String H2 = "H2";
    public static final String POSTGRESQL = "PostgreSQL";

    /** The parameters of a test that runs on both databases. */
    public static final List<Object[]> BOTH = List.of(new Object[] { H2 }, new Object[] { POSTGRESQL });

    public static final FixtureDirectory DIRECTORY = new FixtureDirectory();

    private static final Map<String, DataSource> DATABASES = new ConcurrentHashMap<>();
    private static final Map<String, JdbcReadingStore> STORES = new ConcurrentHashMap<>();
    private static final AtomicInteger METERS = new AtomicInteger();

    private Fixture() {
    }

    public static synchronized DataSource database(String db) {
        return DATABASES.computeIfAbsent(db, d -> pooled(d.equals(H2) ? TestDatabases.h2("readings") : TestDatabases.postgres("readings")));
    }

    /** {@code dataSource} behind a connection pool, as the platform's DataSource is (pax-jdbc-pool-hikaricp). */
    public static DataSource pooled(DataSource dataSource) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(8);
        config.setPoolName("readings-test");
        return new HikariDataSource(config);
    }

    public static synchronized JdbcReadingStore store(String db) {
        return STORES.computeIfAbsent(db, d -> {
            try {
                return JdbcReadingStore.open(database(d), DIRECTORY, JdbcReadingStore.Settings.DEFAULTS);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A new meter of its own for a test, in {@code zone}. */
    public static String meter(String zone) {
        return DIRECTORY.add("MTR-" + METERS.incrementAndGet() + "-" + System.nanoTime() % 100_000, zone);
    }

    public static Reading reading(String meter, String type, String at, String value) {
        return Reading.of(meter, type, Instant.parse(at), new BigDecimal(value));
    }

    public static Reading reading(String meter, String type, String at, String value, Set<String> flags, String source) {
        return new Reading(meter, type, Instant.parse(at), new BigDecimal(value), flags, source);
    }

    /** A single number from {@code sql} on {@code db}. */
    public static long count(String db, String sql) {
        return countOn(database(db), sql);
    }

    /** A single number from {@code sql} on {@code dataSource}. */
    public static long countOn(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
