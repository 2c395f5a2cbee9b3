package io.openemp.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.openemp.access.api.Scopes;
import io.openemp.access.internal.Records.NewUser;
import io.openemp.data.metering.api.Metering;
import io.openemp.testing.TestDatabases;

/**
 * Access control's real service ({@link Scopes} on its user store and the metering org tree) on a fresh H2
 * database, for the event scope tests. It lives in access-control's package because its test wiring is
 * package-private there (as access-control's own test Fixture uses it).
 */
public final class TestAccess {

    private final AccessService access;

    public TestAccess(Metering metering) throws Exception {
        Settings settings = new Settings(0, 1024, 1, 12,
                new LoginGuard.Policy(3, Duration.ofSeconds(1), Duration.ofSeconds(60), 10, Duration.ofMinutes(15)),
                90, 366, 0);
        access = new AccessService(TestDatabases.h2("event-access"), settings, Clock.systemUTC());
        access.useOrgTree(new io.openemp.data.metering.internal.MeteringOrgTree(metering));
    }

    public Scopes scopes() {
        return access;
    }

    /** A user of {@code orgUnit} (null: none) with {@code roles}. */
    public TestAccess user(String name, String orgUnit, String... roles) {
        access.createUser(new NewUser(name, null, orgUnit, List.of(roles), "pw-" + name + "-long-enough"));
        return this;
    }
}
