package io.openemp.data.readings.internal;

import static io.openemp.data.readings.internal.FixtureDirectory.ENERGY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.data.readings.api.MeterScope;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/**
 * Data scope on every {@code readings.*} method, through the real dispatcher on H2: a city with counties A and B,
 * a meter in each. A user of county A reaches only A's meter: B's is refused exactly like an unknown meter (append,
 * query, aggregate, gaps, history) or left out (latest). A city user and an admin reach both; without a scope
 * service everything is reachable. The real {@link MeterScope} is the metering module's; this one follows the
 * same rule on a small tree (a unit sees its subtree, an admin everything, a meter's unit decides).
 */
public class ScopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ANN_A = Caller.of("ann", Set.of(Roles.MANAGER, Roles.VIEWER), "test");
    private static final Caller BOB_B = Caller.of("bob", Set.of(Roles.MANAGER, Roles.VIEWER), "test");
    private static final Caller CITY = Caller.of("cid", Set.of(Roles.VIEWER), "test");
    private static final Caller ADMIN = Caller.of("root", Set.of(Roles.ADMIN), "test");

    /** Organisation tree and users, as the metering master data and access control hold them. */
    static final class TreeScope implements MeterScope {
        final Map<String, String> parents = new HashMap<>();
        final Map<String, String> userUnits = new HashMap<>();
        final Map<String, String> meterUnits = new HashMap<>();
        int asked;

        Set<String> subtree(String unit) {
            Set<String> units = new HashSet<>();
            for (String u : parents.keySet()) {
                for (String p = u; p != null; p = parents.get(p)) {
                    if (p.equals(unit)) {
                        units.add(u);
                        break;
                    }
                }
            }
            return units;
        }

        @Override
        public boolean permits(Caller caller, String meterMrid) {
            asked++;
            if (caller.roles().contains(Roles.ADMIN)) {
                return true;
            }
            String unit = meterUnits.get(meterMrid);
            return unit != null && subtree(userUnits.get(caller.user())).contains(unit);
        }
    }

    private final TreeScope scope = new TreeScope();
    private StandaloneRegistry registry;
    private String meterA;
    private String meterB;

    @Before
    public void start() throws Exception {
        scope.parents.put("CITY", null);
        scope.parents.put("A", "CITY");
        scope.parents.put("B", "CITY");
        scope.parents.put("A-1", "A");
        scope.userUnits.put("ann", "A");
        scope.userUnits.put("bob", "B");
        scope.userUnits.put("cid", "CITY");
        meterA = Fixture.meter("Asia/Shanghai");
        meterB = Fixture.meter("Asia/Shanghai");
        scope.meterUnits.put(meterA, "A-1");
        scope.meterUnits.put(meterB, "B");
        registry = new StandaloneRegistry();
        registry.add(new ReadingsComponent(Fixture.store(Fixture.H2), scope), "io.openemp.data-readings");
        ok(ADMIN, "append", batch(reading(meterA, "2026-01-01T00:15:00Z", "1.5"), reading(meterB, "2026-01-01T00:15:00Z", "2.5")));
    }

    @After
    public void stop() {
        registry.close();
    }

    private JsonNode call(Caller caller, String method, String params) throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"readings." + method + "\",\"params\":"
                + params.replace('\'', '"') + "}";
        return JSON.readTree(registry.dispatch(request.getBytes(StandardCharsets.UTF_8), caller));
    }

    private JsonNode ok(Caller caller, String method, String params) throws Exception {
        JsonNode response = call(caller, method, params);
        assertTrue(response.toString(), response.has("result"));
        return response.get("result");
    }

    private JsonNode refused(Caller caller, String method, String params) throws Exception {
        JsonNode response = call(caller, method, params);
        assertEquals(response.toString(), -32602, response.at("/error/code").asInt());
        return response.get("error");
    }

    private static String reading(String meter, String at, String value) {
        return "{'meter':'" + meter + "','readingType':'" + ENERGY + "','at':'" + at + "','value':" + value + "}";
    }

    private static String batch(String... readings) {
        return "{'readings':[" + String.join(",", readings) + "]}";
    }

    private static String range(String meter) {
        return "{'meter':'" + meter + "','readingType':'" + ENERGY + "','from':'2026-01-01T00:00:00Z','to':'2026-01-02T00:00:00Z'";
    }

    @Test
    public void aCountyUserReachesOnlyItsCountysMeter() throws Exception {
        assertEquals("1.5", ok(ANN_A, "query", range(meterA) + "}").at("/points/0/value").decimalValue().toPlainString());
        assertTrue(ok(ANN_A, "aggregate", range(meterA) + ",'period':'P1D'}").get("periods").size() > 0);
        ok(ANN_A, "gaps", range(meterA) + "}");
        ok(ANN_A, "history", "{'meter':'" + meterA + "','readingType':'" + ENERGY + "','at':'2026-01-01T00:15:00Z'}");
        assertEquals(1, ok(ANN_A, "append", batch(reading(meterA, "2026-01-01T00:30:00Z", "1"))).get("inserted").asInt());

        for (String[] call : new String[][] { { "query", range(meterB) + "}" },
                { "aggregate", range(meterB) + ",'period':'P1D'}" }, { "gaps", range(meterB) + "}" },
                { "history", "{'meter':'" + meterB + "','readingType':'" + ENERGY + "','at':'2026-01-01T00:15:00Z'}" } }) {
            JsonNode error = refused(ANN_A, call[0], call[1]);
            assertEquals(call[0], "meter", error.at("/data/param").asText());
            JsonNode unknown = refused(ANN_A, call[0], call[1].replace(meterB, "NO-SUCH-METER"));
            assertEquals("out of scope answers like unknown", unknown.at("/data/reason").asText().replace("NO-SUCH-METER", meterB),
                    error.at("/data/reason").asText());
        }
    }

    @Test
    public void aBatchWithAnotherCountysMeterStoresNothing() throws Exception {
        JsonNode error = refused(ANN_A, "append", batch(reading(meterA, "2026-01-01T00:45:00Z", "1"),
                reading(meterB, "2026-01-01T00:45:00Z", "9")));
        assertEquals("readings[1].meter", error.at("/data/param").asText());
        assertEquals("unknown meter '" + meterB + "'", error.at("/data/reason").asText());
        assertEquals("all or nothing: A's row is not stored either", 1,
                ok(ADMIN, "query", range(meterA) + "}").get("points").size());
        assertEquals(1, ok(ADMIN, "query", range(meterB) + "}").get("points").size());
        refused(BOB_B, "append", batch(reading(meterA, "2026-01-01T00:45:00Z", "1")));
    }

    @Test
    public void latestLeavesOutMetersOutOfScope() throws Exception {
        String params = "{'meters':['" + meterA + "','" + meterB + "'],'readingType':'" + ENERGY + "'}";
        JsonNode annSees = ok(ANN_A, "latest", params);
        assertEquals(1, annSees.size());
        assertEquals(meterA, annSees.at("/0/meter").asText());
        JsonNode bobSees = ok(BOB_B, "latest", params);
        assertEquals(1, bobSees.size());
        assertEquals(meterB, bobSees.at("/0/meter").asText());
        assertEquals(2, ok(CITY, "latest", params).size());
        assertEquals(2, ok(ADMIN, "latest", params).size());
    }

    @Test
    public void theCityAndAdminsReachBoth() throws Exception {
        for (Caller caller : new Caller[] { CITY, ADMIN }) {
            assertEquals(1, ok(caller, "query", range(meterA) + "}").get("points").size());
            assertEquals(1, ok(caller, "query", range(meterB) + "}").get("points").size());
        }
    }

    @Test
    public void aBatchAsksOncePerMeter() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 96; i++) {
            rows.append(i == 0 ? "" : ",").append(reading(meterA, java.time.Instant.parse("2026-02-01T00:15:00Z")
                    .plusSeconds(900L * i).toString(), String.valueOf(i)));
        }
        int before = scope.asked;
        ok(ANN_A, "append", "{'readings':[" + rows + "]}");
        assertEquals(1, scope.asked - before);
    }

    @Test
    public void withoutAScopeServiceEverythingIsReachable() throws Exception {
        StandaloneRegistry open = new StandaloneRegistry();
        open.add(new ReadingsComponent(Fixture.store(Fixture.H2)), "io.openemp.data-readings");
        String request = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"readings.query\",\"params\":"
                + (range(meterB) + "}").replace('\'', '"') + "}";
        JsonNode response = JSON.readTree(open.dispatch(request.getBytes(StandardCharsets.UTF_8), ANN_A));
        open.close();
        assertFalse(response.toString(), response.has("error"));
        assertEquals(1, response.at("/result/points").size());
    }
}
