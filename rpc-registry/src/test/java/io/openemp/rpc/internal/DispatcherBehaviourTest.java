package io.openemp.rpc.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcLimits;

/** Parameters, roles, errors, time limits and size limits as the dispatcher applies them. */
public class DispatcherBehaviourTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Caller ADMIN = Caller.of("admin", Set.of("admin"), "test");
    static final Caller VIEWER = Caller.of("vera", Set.of("viewer"), "test");

    RegistryService.Registry registry;

    @Before
    public void start() {
        registry = new RegistryService.Registry(new SimpleMeterRegistry());
        registry.configure(new RpcLimits(64 * 1024, 10, 64, 30_000), 4, 100);
        registry.addBuiltIn("0.1.0");
        registry.table().add(1, new MeterComponent(), "test.bundle", "1.0.0", false);
    }

    @After
    public void stop() {
        registry.close();
    }

    JsonNode call(Caller caller, String method, String params) throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + ",\"id\":7}";
        return send(caller, request);
    }

    JsonNode send(Caller caller, String request) throws Exception {
        byte[] response = registry.dispatcher().dispatch(request.getBytes(StandardCharsets.UTF_8), caller);
        return JSON.readTree(response);
    }

    @Test
    public void typedRecordsAreBoundAndTheResultWritten() throws Exception {
        JsonNode r = call(VIEWER, "meter.total", "{\"meter\":\"M1\",\"readings\":["
                + "{\"meter\":\"M1\",\"at\":\"2026-11-25T10:00:00Z\",\"kwh\":1.25},"
                + "{\"meter\":\"M1\",\"at\":\"2026-11-25T10:15:00Z\",\"kwh\":2.50}]}");
        assertEquals("M1", r.at("/result/meter").asText());
        assertEquals("3.75", r.at("/result/kwh").decimalValue().toPlainString());
        assertEquals(2, r.at("/result/count").asInt());
    }

    @Test
    public void aParameterOfTheWrongTypeIsNamed() throws Exception {
        JsonNode r = call(VIEWER, "meter.total", "{\"meter\":\"M1\",\"readings\":[{\"meter\":\"M1\",\"at\":\"2026-11-25T10:00:00Z\",\"kwh\":\"lots\"}]}");
        assertEquals(-32602, r.at("/error/code").asInt());
        assertEquals("readings", r.at("/error/data/param").asText());
        assertTrue(r.at("/error/data/errors/0").asText(), r.at("/error/data/errors/0").asText().contains("kwh"));
    }

    @Test
    public void aMissingRequiredParameterOrRecordFieldIsNamed() throws Exception {
        JsonNode r = call(VIEWER, "meter.total", "{\"meter\":\"M1\"}");
        assertEquals(-32602, r.at("/error/code").asInt());
        assertEquals("readings", r.at("/error/data/param").asText());
        assertEquals("required", r.at("/error/data/reason").asText());

        r = call(VIEWER, "meter.total", "{\"meter\":\"M1\",\"readings\":[{\"meter\":\"M1\",\"kwh\":1}]}");
        assertEquals(-32602, r.at("/error/code").asInt());
        assertEquals("readings", r.at("/error/data/param").asText());
        assertTrue(r.at("/error/data/errors").toString(), r.at("/error/data/errors").toString().contains("at"));
    }

    @Test
    public void unknownParametersAndFieldsAreRefused() throws Exception {
        JsonNode r = call(VIEWER, "meter.total", "{\"meter\":\"M1\",\"readings\":[],\"meters\":2}");
        assertEquals(-32602, r.at("/error/code").asInt());
        assertEquals("meters", r.at("/error/data/param").asText());

        r = call(VIEWER, "meter.total", "{\"meter\":\"M1\",\"readings\":[{\"meter\":\"M1\",\"at\":\"2026-11-25T10:00:00Z\",\"kwh\":1,\"kvarh\":2}]}");
        assertEquals(-32602, r.at("/error/code").asInt());
        assertEquals("readings", r.at("/error/data/param").asText());

        r = call(VIEWER, "meter.total", "[\"M1\",[],3]");
        assertEquals(-32602, r.at("/error/code").asInt());
        assertEquals("#3", r.at("/error/data/param").asText());
    }

    @Test
    public void aMalformedInstantIsNamed() throws Exception {
        JsonNode r = call(VIEWER, "meter.total", "{\"meter\":\"M1\",\"readings\":[{\"meter\":\"M1\",\"at\":\"yesterday\",\"kwh\":1}]}");
        assertEquals(-32602, r.at("/error/code").asInt());
        assertEquals("readings", r.at("/error/data/param").asText());
        String reason = r.at("/error/data/reason").asText();
        assertTrue(reason, reason.startsWith("readings[0].at: cannot read yesterday as an ISO-8601 Instant"));
        assertFalse("no Java class names leak", reason.contains("java."));
    }

    @Test
    public void aPluginsOwnInvalidParamsKeepsItsData() throws Exception {
        JsonNode r = call(VIEWER, "meter.total", "{\"meter\":\"M1\",\"readings\":[{\"meter\":\"M2\",\"at\":\"2026-11-25T10:00:00Z\",\"kwh\":1}]}");
        assertEquals(-32602, r.at("/error/code").asInt());
        assertEquals("readings", r.at("/error/data/param").asText());
        assertTrue(r.at("/error/data/reason").asText().contains("M2"));
    }

    @Test
    public void rolesAreChecked() throws Exception {
        JsonNode r = call(VIEWER, "meter.reset", "{\"meter\":\"M1\"}");
        assertEquals(-32001, r.at("/error/code").asInt());
        assertEquals("manager", r.at("/error/data/requiredRoles/0").asText());
        assertTrue(r.at("/error/data/detail").asText().contains("manager"));

        r = call(ADMIN, "meter.reset", "{\"meter\":\"M1\"}");
        assertEquals("the caller is injected", "M1 reset by admin", r.get("result").asText());
    }

    @Test
    public void noCallerIsUnauthorized() throws Exception {
        JsonNode r = call(null, "meter.total", "{\"meter\":\"M1\",\"readings\":[]}");
        assertEquals(-32000, r.at("/error/code").asInt());
        assertEquals(7, r.get("id").asInt());
    }

    @Test
    public void aSlowCallTimesOut() throws Exception {
        long start = System.nanoTime();
        JsonNode r = call(ADMIN, "meter.slow", null);
        assertEquals(-32003, r.at("/error/code").asInt());
        assertEquals(200, r.at("/error/data/timeoutMillis").asInt());
        assertTrue("answered at the limit, not after the sleep", System.nanoTime() - start < 3_000_000_000L);
    }

    @Test
    public void anUnexpectedFailureLeaksNothing() throws Exception {
        JsonNode r = call(ADMIN, "meter.broken", null);
        assertEquals(-32603, r.at("/error/code").asInt());
        assertFalse(r.toString().contains("secret"));
        assertFalse(r.toString().contains("IllegalState"));
        assertTrue(r.at("/error/data/incident").asText().length() > 10);
    }

    @Test
    public void anApplicationErrorKeepsCodeMessageAndData() throws Exception {
        JsonNode r = call(ADMIN, "meter.refuse", null);
        assertEquals(4001, r.at("/error/code").asInt());
        assertEquals("Meter is sealed", r.at("/error/message").asText());
        assertEquals("M1", r.at("/error/data/meter").asText());
    }

    @Test
    public void deepNestingIsRefusedWithoutStackOverflow() throws Exception {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        JsonNode r = send(ADMIN, deep);
        assertEquals(-32004, r.at("/error/code").asInt());
        assertEquals("maxNestingDepth", r.at("/error/data/limit").asText());
        String deepParams = "{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\",\"params\":" + "[".repeat(100) + "]".repeat(100) + ",\"id\":1}";
        assertEquals(-32004, send(ADMIN, deepParams).at("/error/code").asInt());
    }

    @Test
    public void batchesAndBodiesHaveLimits() throws Exception {
        String call = "{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\",\"id\":1}";
        JsonNode r = send(ADMIN, "[" + String.join(",", java.util.Collections.nCopies(11, call)) + "]");
        assertTrue(r.isObject());
        assertEquals(-32004, r.at("/error/code").asInt());
        assertEquals("maxBatchLength", r.at("/error/data/limit").asText());
        assertEquals(10, send(ADMIN, "[" + String.join(",", java.util.Collections.nCopies(10, call)) + "]").size());

        String big = "{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\",\"params\":[\"" + "x".repeat(70_000) + "\"],\"id\":1}";
        r = send(ADMIN, big);
        assertEquals(-32004, r.at("/error/code").asInt());
        assertEquals("maxRequestBytes", r.at("/error/data/limit").asText());
    }

    @Test
    public void callsAreCountedAndTimed() throws Exception {
        call(VIEWER, "meter.total", "{\"meter\":\"M1\",\"readings\":[]}");
        call(VIEWER, "meter.total", "{\"meter\":\"M1\",\"readings\":[]}");
        call(ADMIN, "meter.refuse", null);
        JsonNode stats = call(ADMIN, "rpc.stats", null).get("result");
        for (JsonNode s : stats) {
            if (s.get("method").asText().equals("meter.total")) {
                assertEquals(2, s.get("calls").asInt());
                assertEquals(0, s.get("errors").asInt());
            }
            if (s.get("method").asText().equals("meter.refuse")) {
                assertEquals(1, s.get("calls").asInt());
                assertEquals(1, s.get("errors").asInt());
            }
        }
    }

    @Test
    public void aMapParameterTakesAnyKeyAndChecksItsValues() throws Exception {
        assertEquals(5, call(VIEWER, "meter.labels", "{\"labels\":{\"a\":2,\"any-key\":3}}").get("result").asInt());
        JsonNode wrong = call(VIEWER, "meter.labels", "{\"labels\":{\"a\":\"two\"}}");
        assertEquals(-32602, wrong.at("/error/code").asInt());
        assertEquals("labels", wrong.at("/error/data/param").asText());
    }

    @Test
    public void everyCallOfAStateChangingMethodIsAuditedWithItsOutcome() throws Exception {
        java.util.List<String> entries = new java.util.concurrent.CopyOnWriteArrayList<>();
        registry.auditor((caller, method, params, outcome) -> entries.add(caller.user() + " " + method + " " + params + " " + outcome));
        Caller manager = Caller.of("max", Set.of("manager"), "test");
        call(manager, "meter.reset", "{\"meter\":\"M1\"}");
        call(VIEWER, "meter.reset", "{\"meter\":\"M2\"}");
        call(manager, "meter.reset", "{\"meter\":5}");
        call(VIEWER, "meter.total", "{\"meter\":\"M1\",\"readings\":[]}");
        call(null, "meter.reset", "{\"meter\":\"M3\"}");
        assertEquals(java.util.List.of(
                "max meter.reset {\"meter\":\"M1\"} ok",
                "vera meter.reset {\"meter\":\"M2\"} error:-32001",
                "max meter.reset {\"meter\":5} error:-32602"), entries);
    }

    @Test
    public void anAuditorThatFailsDoesNotChangeTheAnswer() throws Exception {
        registry.auditor((caller, method, params, outcome) -> {
            throw new IllegalStateException("audit store down");
        });
        JsonNode r = call(Caller.of("max", Set.of("manager"), "test"), "meter.reset", "{\"meter\":\"M1\"}");
        assertEquals("M1 reset by max", r.get("result").asText());
        assertEquals(1, registry.dispatcher().auditFailures());
    }
}
