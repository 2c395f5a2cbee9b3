package io.openemp.data.metering.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.junit.Test;

import io.openemp.data.metering.api.MeterDraft;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.OrgUnitDraft;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.metering.internal.store.Databases;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;

/** The readings' data scope ({@link MeterScopeService}) on the real store: a meter's unit against the caller's scope. */
public class MeterScopeTest {

    private static final Caller ADMIN = Caller.of("root", Set.of(Roles.ADMIN), "test");
    private static final Caller ANN = Caller.of("ann", Set.of(Roles.VIEWER), "test");
    private static final Caller BEN = Caller.of("ben", Set.of(Roles.VIEWER), "test");

    private final Metering metering = Databases.shared("h2").store();
    private final String t = Databases.tag();

    private void tree() {
        metering.createOrgUnit(new OrgUnitDraft(t + "-c", "City", OrgUnitKind.CITY, null, "Asia/Shanghai"));
        metering.createOrgUnit(new OrgUnitDraft(t + "-A", "A", OrgUnitKind.COUNTY, t + "-c", null));
        metering.createOrgUnit(new OrgUnitDraft(t + "-B", "B", OrgUnitKind.COUNTY, t + "-c", null));
        metering.createMeter(meter("mA", "-A"));
        metering.createMeter(meter("mB", "-B"));
    }

    private MeterDraft meter(String mrid, String unit) {
        return new MeterDraft(t + mrid, "1", t + unit, null, null, null, null, null, null, null, null);
    }

    @Test
    public void aMetersUnitDecides() {
        tree();
        TreeScopes scopes = new TreeScopes(metering).user("ann", t + "-A").user("ben", t + "-B");
        MeterScopeService scope = new MeterScopeService(new CallerScopes(() -> scopes), new MeterUnits(metering, Duration.ZERO));
        assertTrue(scope.permits(ANN, t + "mA"));
        assertFalse(scope.permits(ANN, t + "mB"));
        assertTrue(scope.permits(BEN, t + "mB"));
        assertFalse(scope.permits(BEN, t + "mA"));
        assertTrue(scope.permits(ADMIN, t + "mA") && scope.permits(ADMIN, t + "mB"));
        assertFalse("an unknown meter is out of a county's scope", scope.permits(ANN, t + "nothing"));
        assertFalse(scope.permits(ANN, "bad mrid ' or 1=1"));
        assertFalse(scope.permits(ANN, "x".repeat(10_000)));
        assertTrue("the store refuses unknown meters for those who see everything", scope.permits(ADMIN, t + "nothing"));

        metering.updateMeter(meter("mB", "-A"), null);
        assertTrue("a moved meter moves with its unit", scope.permits(ANN, t + "mB"));
        assertFalse(scope.permits(BEN, t + "mB"));
    }

    @Test
    public void unitsAreCachedForTheirTime() {
        tree();
        TreeScopes scopes = new TreeScopes(metering).user("ann", t + "-A");
        MeterScopeService scope = new MeterScopeService(new CallerScopes(() -> scopes), new MeterUnits(metering, Duration.ofHours(1)));
        assertTrue(scope.permits(ANN, t + "mA"));
        metering.updateMeter(meter("mA", "-B"), null);
        assertTrue("within the time a meter's unit is kept", scope.permits(ANN, t + "mA"));
    }

    @Test
    public void withoutAccessControlEverythingIsInScope() {
        tree();
        MeterScopeService scope = new MeterScopeService(new CallerScopes(() -> null), new MeterUnits(metering, Duration.ZERO));
        assertTrue(scope.permits(ANN, t + "mB"));
        assertEquals(CallerScope.ALL, new CallerScopes(() -> null).of(ANN));
    }
}
