package io.openemp.access.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.access.api.Scope;
import io.openemp.access.internal.Records.UserChange;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.OrgUnitDraft;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.metering.internal.store.MeteringStore;
import io.openemp.data.relational.api.SchemaMigrations;
import io.openemp.plugin.api.Caller;
import io.openemp.testing.TestDatabases;

/**
 * Data scopes from the real metering master data (its own changelog, EclipseLink as the component runs it): a city
 * with two counties, each with a station. Each test has its own user store.
 */
public class ScopeTest {

    private static DataSource db;
    private static EntityManagerFactory emf;
    private static Metering metering;

    @BeforeClass
    public static void tree() throws Exception {
        db = TestDatabases.h2("scope");
        SchemaMigrations.apply(db, ScopeTest.class.getClassLoader(), "db/metering/changelog.xml");
        emf = Persistence.createEntityManagerFactory("metering", Map.of("javax.persistence.nonJtaDataSource", db));
        metering = new MeteringStore(emf, Clock.systemUTC(), new MeteringStore.ImportLimits(1_000_000, 1000));
        metering.createOrgUnit(new OrgUnitDraft("GD", "Guangdong", OrgUnitKind.PROVINCE, null, "Asia/Shanghai"));
        metering.createOrgUnit(new OrgUnitDraft("SZ", "Shenzhen", OrgUnitKind.CITY, "GD", null));
        metering.createOrgUnit(new OrgUnitDraft("SZ-NS", "Nanshan", OrgUnitKind.COUNTY, "SZ", null));
        metering.createOrgUnit(new OrgUnitDraft("SZ-FT", "Futian", OrgUnitKind.COUNTY, "SZ", null));
        metering.createOrgUnit(new OrgUnitDraft("SZ-NS-1", "Nanshan station 1", OrgUnitKind.STATION, "SZ-NS", null));
        metering.createOrgUnit(new OrgUnitDraft("SZ-FT-1", "Futian station 1", OrgUnitKind.STATION, "SZ-FT", null));
    }

    @AfterClass
    public static void close() {
        emf.close();
    }

    private static Fixture fixture() throws Exception {
        Fixture f = new Fixture();
        f.access.useOrgTree(new MeteringOrgTree(metering));
        return f;
    }

    @Test
    public void eachCountySeesItsOwnSubtreeOnly() throws Exception {
        Fixture f = fixture();
        f.user("nan", "SZ-NS", "manager", "viewer");
        f.user("fu", "SZ-FT", "viewer");
        f.user("city", "SZ", "viewer");
        Scope nanshan = f.access.scopeOf(Caller.of("nan", Set.of("manager"), "http"));
        assertFalse(nanshan.all());
        assertEquals(Set.of("SZ-NS", "SZ-NS-1"), nanshan.orgUnits());
        assertTrue(nanshan.permits("SZ-NS-1"));
        assertFalse(nanshan.permits("SZ-FT-1"));
        assertFalse(nanshan.permits("SZ"));
        assertFalse(nanshan.permits(null));
        assertEquals(Set.of("SZ-FT", "SZ-FT-1"), f.access.scopeOf("fu").orgUnits());
        assertEquals(Set.of("SZ", "SZ-NS", "SZ-FT", "SZ-NS-1", "SZ-FT-1"), f.access.scopeOf("city").orgUnits());
    }

    @Test
    public void adminsAndUsersOfNoUnitSeeEverything() throws Exception {
        Fixture f = fixture();
        f.user("boss", "SZ-NS", "admin");
        f.user("hq", null, "viewer");
        assertEquals(Scope.ALL, f.access.scopeOf("boss"));
        assertEquals(Scope.ALL, f.access.scopeOf(Caller.of("boss", Set.of("admin"), "http")));
        assertEquals("a token without admin of an admin user: the unit's scope", Set.of("SZ-NS", "SZ-NS-1"),
                f.access.scopeOf(Caller.of("boss", Set.of("viewer"), "http")).orgUnits());
        assertTrue(f.access.scopeOf("hq").all());
        assertTrue(f.access.scopeOf("hq").permits(null));
    }

    @Test
    public void unknownDisabledOrTreelessUsersSeeNothing() throws Exception {
        Fixture f = fixture();
        f.user("root2", null, "admin");
        f.user("nan", "SZ-NS", "viewer");
        assertEquals(Scope.NONE, f.access.scopeOf("nobody"));
        assertEquals(Scope.NONE, f.access.scopeOf("bad name!"));
        f.access.setEnabled("nan", false);
        assertEquals(Scope.NONE, f.access.scopeOf("nan"));
        f.access.setEnabled("nan", true);
        f.access.useOrgTree(null);
        assertEquals("no master data: fail closed", Scope.NONE, f.access.scopeOf("nan"));
    }

    @Test
    public void aMovedUserGetsTheNewScopeAtOnce() throws Exception {
        Fixture f = fixture();
        f.user("nan", "SZ-NS", "viewer");
        assertTrue(f.access.scopeOf("nan").permits("SZ-NS"));
        f.access.updateUser(new UserChange("nan", null, "SZ-FT", List.of("viewer"), null));
        assertEquals(Set.of("SZ-FT", "SZ-FT-1"), f.access.scopeOf("nan").orgUnits());
    }

    @Test
    public void aUsersUnitMustExist() throws Exception {
        Fixture f = fixture();
        for (String unit : new String[] { "NOWHERE", "bad unit", "x".repeat(65) }) {
            try {
                f.user("ghost", unit, "viewer");
                fail(unit);
            } catch (AccessException e) {
                assertEquals("user.orgUnit", e.field());
            }
        }
        f.access.useOrgTree(null);
        try {
            f.user("ghost", "SZ", "viewer");
            fail();
        } catch (AccessException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("not available"));
        }
    }
}
