package io.openemp.event.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.access.internal.TestAccess;
import io.openemp.bus.api.BusEvent;
import io.openemp.data.metering.api.MeterDraft;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.OrgUnitDraft;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.metering.internal.store.MeteringStore;
import io.openemp.data.relational.api.SchemaMigrations;
import io.openemp.event.api.Severity;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;
import io.openemp.testing.TestDatabases;

/**
 * Alarms and device events per caller, with the real access control (users, the org tree from the real metering
 * store on H2) behind {@link MeterEventScope}: counties A and B under a city, meter M-A in A's station, M-B in B.
 * Ann (A) sees M-A's alarms and events only, Ben (B) M-B's; the city's user, a user of no unit and an admin see
 * all; alarms of sources that are no meter only those who see the whole platform.
 */
public class ScopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ANN = Caller.of("ann", Set.of(Roles.MANAGER, Roles.VIEWER), "test");
    private static final Caller BEN = Caller.of("ben", Set.of(Roles.VIEWER), "test");
    private static final Caller CID = Caller.of("cid", Set.of(Roles.VIEWER), "test");
    private static final Caller HQ = Caller.of("hq", Set.of(Roles.VIEWER), "test");
    private static final Caller ROOT = Caller.of("root", Set.of(Roles.ADMIN), "test");
    private static final Caller GHOST = Caller.of("ghost", Set.of(Roles.VIEWER), "test");

    private static Fixture fixture;
    private static EntityManagerFactory emf;
    private static Metering metering;
    private static TestAccess access;

    private EventService events;
    private StandaloneRegistry registry;

    @BeforeClass
    public static void start() throws Exception {
        fixture = new Fixture();
        DataSource db = TestDatabases.h2("event-scope");
        SchemaMigrations.apply(db, MeteringStore.class.getClassLoader(), "db/metering/changelog.xml");
        emf = Persistence.createEntityManagerFactory("metering", Map.of("javax.persistence.nonJtaDataSource", db));
        metering = new MeteringStore(emf, Clock.systemUTC(), new MeteringStore.ImportLimits(1_000_000, 1000));
        metering.createOrgUnit(new OrgUnitDraft("C", "City", OrgUnitKind.CITY, null, "Asia/Shanghai"));
        metering.createOrgUnit(new OrgUnitDraft("A", "County A", OrgUnitKind.COUNTY, "C", null));
        metering.createOrgUnit(new OrgUnitDraft("B", "County B", OrgUnitKind.COUNTY, "C", null));
        metering.createOrgUnit(new OrgUnitDraft("A-1", "Station A1", OrgUnitKind.STATION, "A", null));
        metering.createMeter(new MeterDraft("M-A", "1", "A-1", null, null, null, null, null, null, null, null));
        metering.createMeter(new MeterDraft("M-B", "2", "B", null, null, null, null, null, null, null, null));
        access = new TestAccess(metering).user("ann", "A", "manager", "viewer").user("ben", "B", "viewer")
                .user("cid", "C", "viewer").user("hq", null, "viewer");
    }

    @AfterClass
    public static void stop() {
        emf.close();
        fixture.close();
    }

    @Before
    public void fresh() {
        events = fixture.fresh();
        events.bindScope(new MeterEventScope(access.scopes(), metering, Duration.ZERO));
        registry = new StandaloneRegistry();
        registry.add(new AlarmRpc(events), "io.openemp.event");
        registry.add(new EventRpc(events), "io.openemp.event");
        for (String source : new String[] { "M-A", "M-B", "gateway-7" }) {
            events.raise(source, "door-open", Severity.HIGH, "cabinet door open", "test");
            events.onDeviceEvent(new BusEvent("emp/device/offline", Map.of("meter", source)));
        }
    }

    private JsonNode call(Caller caller, String method, String params) throws Exception {
        String request = "{'jsonrpc':'2.0','id':1,'method':'" + method + "','params':" + params + "}";
        byte[] response = registry.dispatch(request.replace('\'', '"').getBytes(StandardCharsets.UTF_8), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private List<String> sources(Caller caller, String method, String params) throws Exception {
        JsonNode response = call(caller, method, params);
        assertTrue(response.toString(), response.has("result"));
        List<String> sources = new ArrayList<>();
        response.get("result").forEach(a -> sources.add(a.get("source").asText()));
        sources.sort(null);
        return sources;
    }

    @Test
    public void alarmsFollowTheMetersCounty() throws Exception {
        assertEquals(List.of("M-A"), sources(ANN, "alarm.list", "{}"));
        assertEquals(List.of("M-B"), sources(BEN, "alarm.list", "{}"));
        assertEquals(List.of("M-A", "M-B"), sources(CID, "alarm.list", "{}"));
        for (Caller all : new Caller[] { HQ, ROOT }) {
            assertEquals(all.user(), List.of("M-A", "M-B", "gateway-7"), sources(all, "alarm.list", "{}"));
        }
        assertEquals("an unknown user sees nothing", List.of(), sources(GHOST, "alarm.list", "{}"));
    }

    @Test
    public void deviceEventsFollowTheMetersCounty() throws Exception {
        assertEquals(List.of("M-A"), sources(ANN, "event.query", "{'kind':'device'}"));
        assertEquals(List.of("M-B"), sources(BEN, "event.query", "{'kind':'device'}"));
        assertEquals(List.of("M-A", "M-B", "gateway-7"), sources(ROOT, "event.query", "{'kind':'device'}"));
        assertEquals(List.of(), sources(ANN, "event.query", "{'kind':'device','source':'M-B'}"));
    }

    @Test
    public void theStreamAsksTheSameHook() {
        assertTrue(events.permits(ANN, "alarm", "M-A"));
        assertFalse(events.permits(ANN, "alarm", "M-B"));
        assertTrue(events.permits(BEN, "device", "M-B"));
        assertFalse("platform-wide events: the whole platform only", events.permits(ANN, "plugin", null));
        assertFalse(events.permits(ANN, "audit", "M-A"));
        assertTrue(events.permits(ROOT, "audit", null));
        assertTrue(events.permits(HQ, "plugin", null));
    }

    @Test
    public void withoutMasterDataOnlyTheWholePlatformSeesMeters() {
        MeterEventScope blind = new MeterEventScope(access.scopes(), null, Duration.ZERO);
        assertFalse(blind.permits(ANN, "alarm", "M-A"));
        assertTrue(blind.permits(HQ, "alarm", "M-A"));
    }
}
