package io.openemp.vee.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.openemp.data.documents.api.DocumentStore;
import io.openemp.data.documents.internal.InMemoryDocumentStore;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.internal.JdbcReadingStore;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.testing.TestDatabases;

/**
 * What the tests share: one real reading store on an H2 file database, one real document store (embedded
 * server, in memory) and one directory, for the whole run. Tests keep apart by using meters of their own;
 * rule sets are per reading type, so each test that stores rules sets all it relies on.
 */
final class Fixture {

    static final TestDirectory DIRECTORY = new TestDirectory();
    static final Caller MANAGER = Caller.of("mia", Set.of(Roles.MANAGER, Roles.VIEWER), "test");
    static final Caller VIEWER = Caller.of("vic", Set.of(Roles.VIEWER), "test");
    /** "Now" for the future rule: after all the real data, before the instants the future test uses. */
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static ReadingStore readings;
    private static DocumentStore documents;

    private Fixture() {
    }

    static synchronized ReadingStore readings() {
        if (readings == null) {
            HikariConfig config = new HikariConfig();
            config.setDataSource(TestDatabases.h2("vee"));
            config.setMaximumPoolSize(4);
            config.setPoolName("vee-test");
            try {
                readings = JdbcReadingStore.open(new HikariDataSource(config), DIRECTORY, JdbcReadingStore.Settings.DEFAULTS);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return readings;
    }

    static synchronized DocumentStore documents() {
        if (documents == null) {
            InMemoryDocumentStore started = new InMemoryDocumentStore();
            documents = started;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return documents;
    }

    static VeeComponent component() {
        return new VeeComponent(readings(), DIRECTORY, documents(), Settings.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
