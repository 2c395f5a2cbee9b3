package io.openemp.data.metering.internal.store;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import io.openemp.data.relational.api.SchemaMigrations;
import io.openemp.testing.TestDatabases;

/**
 * The two databases every store test runs on, migrated by the module's own changelog and reached through
 * EclipseLink outside OSGi exactly as the component reaches them inside (the DataSource given as
 * {@code javax.persistence.nonJtaDataSource}). One of each per test run; tests keep apart by their own mRIDs.
 */
public final class Databases {

    /** A migrated database with its factory and store. */
    public record Db(String name, DataSource dataSource, EntityManagerFactory emf, MeteringStore store) {
    }

    public static final String[] NAMES = { "h2", "postgres" };

    private static final Map<String, Db> SHARED = new ConcurrentHashMap<>();

    private Databases() {
    }

    /** The shared database {@code name} ("h2" or "postgres"). */
    public static Db shared(String name) {
        return SHARED.computeIfAbsent(name, n -> fresh(n, new MeteringStore.ImportLimits(1_000_000, 10_000)));
    }

    /** A new, migrated database {@code name} with a store of the given import limits. */
    public static Db fresh(String name, MeteringStore.ImportLimits limits) {
        DataSource ds = switch (name) {
            case "h2" -> TestDatabases.h2("metering");
            case "postgres" -> TestDatabases.postgres("metering");
            default -> throw new IllegalArgumentException(name);
        };
        try {
            SchemaMigrations.apply(ds, Databases.class.getClassLoader(), "db/metering/changelog.xml");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("metering",
                Map.of("javax.persistence.nonJtaDataSource", ds));
        return new Db(name, ds, emf, new MeteringStore(emf, Clock.systemUTC(), limits));
    }

    /** A tag no other test uses, for mRIDs: {@code t1a2b3c}. */
    public static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
