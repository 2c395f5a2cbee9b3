package io.openemp.plugin.efficiency.mv.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.efficiency.mv.api.MvErrors;
import io.openemp.rpc.internal.StandaloneRegistry;

/** JSON in, the real dispatcher, this component, JSON out. */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller VIEWER = Caller.of("ann", Set.of(Roles.VIEWER), "test");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private StandaloneRegistry registry;

    @Before
    public void start() {
        registry = new StandaloneRegistry();
        registry.add(new MvComponent(), "io.openemp.efficiency-mv");
    }

    @After
    public void stop() {
        registry.close();
    }

    private static String day(int d) {
        return START.plusDays(d).atStartOfDay(ZONE).toInstant().toString();
    }

    /** 200 days: 150 baseline, 50 reporting; y = 100 + 4 hdd + noise, 10 kWh a day less from day 150. */
    private static ObjectNode params(double noise) {
        Random random = new Random(3);
        ObjectNode p = JSON.createObjectNode();
        p.put("granularity", "P1D");
        p.put("zone", "Asia/Shanghai");
        p.putObject("baseline").put("from", day(0)).put("to", day(150));
        p.putObject("reporting").put("from", day(150)).put("to", day(200));
        ArrayNode consumption = p.putArray("consumption");
        ObjectNode driver = p.putArray("drivers").addObject().put("name", "hdd");
        ArrayNode hdd = driver.putArray("values");
        for (int d = 0; d < 200; d++) {
            double h = 12 + 6 * Math.cos(d / 30.0) + random.nextDouble();
            double y = 100 + 4 * h + random.nextGaussian() * noise - (d >= 150 ? 10 : 0);
            consumption.addObject().put("at", day(d)).put("value", y);
            hdd.addObject().put("at", day(d)).put("value", h);
        }
        return p;
    }

    private JsonNode call(String method, JsonNode params) throws Exception {
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", "efficiency-mv." + method);
        request.set("params", params);
        byte[] response = registry.dispatch(JSON.writeValueAsBytes(request), VIEWER);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private void assertInvalid(String method, ObjectNode params, String field) throws Exception {
        JsonNode response = call(method, params);
        assertEquals(response.toString(), -32602, response.at("/error/code").asInt());
        assertTrue(response.toString(), response.at("/error/data/param").asText().startsWith(field));
    }

    @Test
    public void savingsOfAGoodModel() throws Exception {
        JsonNode r = call("savings", params(2)).get("result");
        assertNotNull(r);
        assertTrue(r.at("/baseline/passed").asBoolean());
        assertFalse(r.get("forced").asBoolean());
        assertEquals(50, r.get("reportingIntervals").asInt());
        assertTrue(r.toString(), Math.abs(r.get("avoidedKwh").asDouble() - 500) <= r.get("uncertaintyKwh").asDouble());
        assertTrue(r.get("uncertaintyMethod").asText().contains("Guideline 14"));
        assertEquals("2024-05", r.at("/months/0/month").asText());
    }

    @Test
    public void baselineReportsTheChecks() throws Exception {
        ObjectNode p = params(2);
        p.remove("reporting");
        JsonNode r = call("baseline", p).get("result");
        assertEquals(150, r.get("observations").asInt());
        assertEquals("daily cvRmse", r.at("/checks/0/name").asText());
        assertEquals(0.30, r.at("/checks/0/limit").asDouble(), 0);
        assertEquals(4, r.at("/coefficients/1/value").asDouble(), 0.3);
    }

    @Test
    public void aFailingModelIsRefusedWithTheFailedCheckUnlessForced() throws Exception {
        JsonNode response = call("savings", params(80));
        assertEquals(response.toString(), MvErrors.MODEL_FAILS_GUIDELINE_14, response.at("/error/code").asInt());
        JsonNode failed = response.at("/error/data/failed/0");
        assertEquals("daily cvRmse", failed.get("name").asText());
        assertTrue(failed.get("value").asDouble() > 0.30);
        assertTrue(response.at("/error/message").asText(), response.at("/error/message").asText().contains("daily cvRmse"));
        ObjectNode forced = params(80);
        forced.put("force", true);
        JsonNode r = call("savings", forced).get("result");
        assertTrue(r.get("forced").asBoolean());
    }

    @Test
    public void adjustmentsAreRecordedWithTheirReason() throws Exception {
        ObjectNode p = params(2);
        p.putArray("adjustments").addObject().put("kwh", 75).put("from", day(160)).put("to", day(170))
                .put("reason", "second shift added").put("by", "m.li");
        JsonNode r = call("savings", p).get("result");
        assertEquals(75, r.get("nonRoutineKwh").asDouble(), 1e-9);
        assertEquals("second shift added", r.at("/adjustments/0/reason").asText());
        assertEquals("m.li", r.at("/adjustments/0/by").asText());
    }

    @Test
    public void badInputNamesTheField() throws Exception {
        ObjectNode p = params(2);
        p.put("zone", "Mars/Olympus");
        assertInvalid("savings", p, "zone");
        p = params(2);
        ((ObjectNode) p.get("reporting")).put("from", day(100));
        assertInvalid("savings", p, "reporting");
        p = params(2);
        ((ObjectNode) p.get("consumption").get(3)).put("at", "2024-01-04T03:30:00Z");
        assertInvalid("savings", p, "consumption[3].at");
        p = params(2);
        ((ObjectNode) p.get("consumption").get(3)).put("at", day(1));
        assertInvalid("savings", p, "consumption[3].at");
        p = params(2);
        p.put("timeOfWeek", "HOUR_OF_WEEK");
        assertInvalid("savings", p, "timeOfWeek");
        p = params(2);
        p.remove("consumption");
        assertInvalid("savings", p, "consumption");
        p = params(2);
        p.putObject("source").put("meter", "M1").put("readingType", "energy.import.15min");
        assertInvalid("savings", p, "consumption");
        p = params(2);
        p.putArray("adjustments").addObject().put("kwh", 5).put("from", day(160)).put("to", day(170)).put("reason", " ").put("by", "x");
        assertInvalid("savings", p, "adjustments[0].reason");
        p = params(2);
        p.putArray("adjustments").addObject().put("kwh", 5).put("from", day(10)).put("to", day(170)).put("reason", "r").put("by", "x");
        assertInvalid("savings", p, "adjustments[0]");
        p = params(2);
        ArrayNode constant = ((ArrayNode) p.get("drivers")).addObject().put("name", "flat").putArray("values");
        for (int d = 0; d < 200; d++) {
            constant.addObject().put("at", day(d)).put("value", 1);
        }
        assertInvalid("savings", p, "drivers");
        p = params(2);
        p.put("granularity", "PT15M");
        assertInvalid("savings", p, "granularity");
        p = params(2);
        ((ObjectNode) p.get("consumption").get(0)).put("value", "lots");
        assertInvalid("savings", p, "consumption");
    }

    @Test
    public void theStorePathSaysWhenTheStoreIsMissing() throws Exception {
        ObjectNode p = params(2);
        p.remove("consumption");
        p.putObject("source").put("meter", "M1").put("readingType", "energy.import.15min");
        assertEquals(MvErrors.STORE_UNAVAILABLE, call("savings", p).at("/error/code").asInt());
    }
}
