package io.openemp.rpc.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.rpc.api.ComponentInfo;
import io.openemp.rpc.api.RpcLimits;

/** Components coming and going: ids, duplicates, take-over, introspection and OpenRPC. */
public class RegistryTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Caller ADMIN = Caller.of("admin", Set.of("admin"), "test");

    RegistryService.Registry registry;

    @Before
    public void start() {
        registry = new RegistryService.Registry(new SimpleMeterRegistry());
        registry.configure(new RpcLimits(1 << 20, 100, 64, 30_000), 2, 100);
        registry.addBuiltIn("0.1.0");
    }

    @After
    public void stop() {
        registry.close();
    }

    JsonNode call(String method, String params) throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + ",\"id\":1}";
        return JSON.readTree(registry.dispatcher().dispatch(request.getBytes(StandardCharsets.UTF_8), ADMIN));
    }

    static RpcComponent named(String id, String version) {
        return new SpecComponent() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String version() {
                return version;
            }
        };
    }

    ComponentInfo info(String id, String bundle) {
        return registry.table().infos().stream()
                .filter(c -> c.id().equals(id) && c.bundleSymbolicName().equals(bundle)).findFirst().orElse(null);
    }

    @Test
    public void aComponentsMethodsComeAndGo() throws Exception {
        assertEquals(-32601, call("spec.subtract", "[3,1]").at("/error/code").asInt());
        registry.table().add(10, new SpecComponent(), "b.one", "1.0.0", false);
        assertEquals(2, call("spec.subtract", "[3,1]").get("result").asInt());
        registry.table().remove(10);
        assertEquals(-32601, call("spec.subtract", "[3,1]").at("/error/code").asInt());
    }

    @Test
    public void aSecondComponentWithTheSameIdIsRefusedThenTakesOver() throws Exception {
        registry.table().add(10, named("spec", "1.0.0"), "b.one", "1.0.0", false);
        List<ComponentTable.Change> changes = registry.table().add(11, named("spec", "1.1.0"), "b.two", "1.1.0", false);
        assertEquals("failed", changes.get(0).state());
        ComponentInfo second = info("spec", "b.two");
        assertEquals(ComponentInfo.FAILED, second.state());
        assertTrue(second.reason(), second.reason().contains("b.one"));
        assertEquals(ComponentInfo.ACTIVE, info("spec", "b.one").state());
        assertEquals("the first keeps serving", 2, call("spec.subtract", "[3,1]").get("result").asInt());

        changes = registry.table().remove(10);
        assertEquals("unregistered", changes.get(0).state());
        assertEquals("registered", changes.get(1).state());
        assertEquals("1.1.0", changes.get(1).component().version());
        assertEquals(ComponentInfo.ACTIVE, info("spec", "b.two").state());
        assertNull(info("spec", "b.two").reason());
        assertEquals(2, call("spec.subtract", "[3,1]").get("result").asInt());
    }

    @Test
    public void invalidDeclarationsAreRefusedWithAReason() throws Exception {
        registry.table().add(20, named("Bad_Id", "1.0.0"), "b.bad", "1.0.0", false);
        assertTrue(info("?", "b.bad") == null);
        ComponentInfo bad = registry.table().infos().stream().filter(c -> c.bundleSymbolicName().equals("b.bad")).findFirst().get();
        assertEquals(ComponentInfo.FAILED, bad.state());
        assertTrue(bad.reason().contains("does not match"));

        registry.table().add(21, named("rpc", "1.0.0"), "b.rpc", "1.0.0", false);
        assertTrue(info("rpc", "b.rpc").reason().contains("reserved"));
        assertEquals("the registry keeps its own id", ComponentInfo.ACTIVE, info("rpc", "io.openemp.rpc-registry").state());
        assertTrue(call("rpc.components", null).get("result").isArray());

        registry.table().add(22, named("versionless", "one"), "b.v", "1.0.0", false);
        assertTrue(info("versionless", "b.v").reason().contains("semantic version"));
        JsonNode r = call("versionless.subtract", "[1,1]");
        assertEquals("a known but refused component is unavailable, not missing", -32002, r.at("/error/code").asInt());
        assertTrue(r.at("/error/data/reason").asText().contains("semantic version"));
    }

    @Test
    public void componentsAreListedWithBundleStateAndMethods() throws Exception {
        registry.table().add(10, new MeterComponent(), "io.openemp.test", "3.2.1", false);
        JsonNode list = call("rpc.components", null).get("result");
        JsonNode meter = null;
        for (JsonNode c : list) {
            if (c.get("id").asText().equals("meter")) {
                meter = c;
            }
        }
        assertNotNull(meter);
        assertEquals("2.1.0", meter.get("version").asText());
        assertEquals("io.openemp.test", meter.get("bundleSymbolicName").asText());
        assertEquals("3.2.1", meter.get("bundleVersion").asText());
        assertEquals("active", meter.get("state").asText());
        assertEquals("[\"meter.broken\",\"meter.labels\",\"meter.note\",\"meter.refuse\",\"meter.reset\",\"meter.slow\",\"meter.total\"]",
                meter.get("methods").toString());
    }

    @Test
    public void nullableComponentsAreOptionalAndMayBeNull() throws Exception {
        registry.table().add(10, new MeterComponent(), "io.openemp.test", "3.2.1", false);
        JsonNode note = call("rpc.describe", "{\"method\":\"meter.note\"}").at("/result/params/0/schema");
        assertEquals("[\"meter\"]", note.get("required").toString());
        assertTrue(note.at("/properties/text/type").toString(), note.at("/properties/text/type").toString().contains("null"));
        assertTrue(call("meter.note", "{\"note\":{\"meter\":\"M1\",\"text\":null}}").at("/result/text").isNull());
        assertEquals("hi", call("meter.note", "{\"note\":{\"meter\":\"M1\",\"text\":\"hi\"}}").at("/result/text").asText());
        assertEquals(-32602, call("meter.note", "{\"note\":{\"text\":\"hi\"}}").at("/error/code").asInt());
    }

    @Test
    public void discoverDescribesMethodsWithSchemasFromTheJavaTypes() throws Exception {
        registry.table().add(10, new MeterComponent(), "io.openemp.test", "3.2.1", false);
        JsonNode doc = call("rpc.discover", null).get("result");
        assertTrue(doc.get("openrpc").asText().startsWith("1."));
        JsonNode total = null;
        for (JsonNode m : doc.get("methods")) {
            if (m.get("name").asText().equals("meter.total")) {
                total = m;
            }
        }
        assertNotNull(total);
        assertEquals("Sums readings of one meter", total.get("summary").asText());
        assertEquals("meter", total.at("/params/0/name").asText());
        assertEquals("string", total.at("/params/0/schema/type").asText());
        assertEquals("readings", total.at("/params/1/name").asText());
        JsonNode reading = total.at("/params/1/schema/items");
        assertEquals("object", reading.get("type").asText());
        assertEquals("string", reading.at("/properties/at/type").asText());
        assertEquals("date-time", reading.at("/properties/at/format").asText());
        assertEquals("number", reading.at("/properties/kwh/type").asText());
        assertTrue(reading.get("required").toString().contains("kwh"));
        assertEquals(false, reading.get("additionalProperties").asBoolean());
        assertEquals("integer", total.at("/result/schema/properties/count/type").asText());
        assertEquals("viewer", total.at("/x-roles/0").asText());
    }
}
