package io.openemp.access.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


import org.junit.Test;

import io.openemp.access.api.OrgTree;
import io.openemp.access.api.Scope;
import io.openemp.access.internal.Records.UserChange;
import io.openemp.plugin.api.Caller;

/**
 * Data scopes over an organisation tree (metering provides the real one, tested in data-metering): a city with two
 * counties, each with a station. Each test has its own user store.
 */
public class ScopeTest {

    /** Child -> parent: two counties (SZ-NS, SZ-FT) of one city under one province, a station in each. */
    private static final Map<String, String> PARENTS = Map.of(
            "GD", "", "SZ", "GD", "SZ-NS", "SZ", "SZ-FT", "SZ", "SZ-NS-1", "SZ-NS", "SZ-FT-1", "SZ-FT");

    /** The org tree as metering gives it: a unit and everything whose chain of parents reaches it. */
    static final OrgTree TREE = unit -> {
        if (!PARENTS.containsKey(unit)) {
            return Optional.empty();
        }
        Set<String> below = new HashSet<>();
        for (String u : PARENTS.keySet()) {
            for (String up = u; !up.isEmpty(); up = PARENTS.get(up)) {
                if (up.equals(unit)) {
                    below.add(u);
                }
            }
        }
        return Optional.of(Set.copyOf(below));
    };

    private static Fixture fixture() throws Exception {
        Fixture f = new Fixture();
        f.access.useOrgTree(TREE);
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
