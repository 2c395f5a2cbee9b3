package io.openemp.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import io.openemp.access.internal.Records.NewUser;
import io.openemp.testing.TestDatabases;

/** An access service on a fresh H2 database (the real changelog), a hand-moved clock and cheap argon2 settings. */
final class Fixture {

    static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

    final DataSource db;
    final TestClock clock = new TestClock(START);
    final AccessService access;

    Fixture() throws Exception {
        this(settings(60));
    }

    Fixture(Settings settings) throws Exception {
        this(TestDatabases.h2("access"), settings);
    }

    Fixture(DataSource db, Settings settings) throws Exception {
        this.db = db;
        this.access = new AccessService(db, settings, clock);
    }

    /** Real argon2id, with little memory so that tests stay fast; backoff after 3, lockout after 10 for 15 min. */
    static Settings settings(int cacheSeconds) {
        return new Settings(cacheSeconds, 1024, 1, 12,
                new LoginGuard.Policy(3, Duration.ofSeconds(1), Duration.ofSeconds(60), 10, Duration.ofMinutes(15)),
                90, 366, 30);
    }

    /** Creates {@code name} with password "pw-" + name + "-long-enough" and {@code roles}. */
    Records.User user(String name, String orgUnit, String... roles) {
        return access.createUser(new NewUser(name, null, orgUnit, List.of(roles), password(name)));
    }

    static String password(String name) {
        return "pw-" + name + "-long-enough";
    }
}
