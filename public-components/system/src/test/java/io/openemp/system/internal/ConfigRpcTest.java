package io.openemp.system.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.rpc.internal.StandaloneRegistry;

/**
 * system.config.* through the real dispatcher. Configurations are kept in a map standing in for Config Admin
 * (which needs a framework); the definitions are the hand-built metatype of {@link MetatypeValidatorTest}.
 */
public class ConfigRpcTest {

    StandaloneRegistry registry;
    MapBackend backend = new MapBackend();

    /** Config Admin's role: PIDs to properties; metatype's role: one described PID. */
    static final class MapBackend implements ConfigBackend {
        final Map<String, Map<String, Object>> stored = new HashMap<>();
        final List<String> writes = new ArrayList<>();

        @Override
        public List<String> pids() {
            TreeSet<String> pids = new TreeSet<>(stored.keySet());
            pids.add("io.openemp.rpc");
            return List.copyOf(pids);
        }

        @Override
        public Optional<Stored> read(String pid) {
            Map<String, Object> p = stored.get(pid);
            return p == null ? Optional.empty() : Optional.of(new Stored(new HashMap<>(p), null));
        }

        @Override
        public Optional<Described> describe(String pid, String factoryPid) {
            return pid.equals("io.openemp.rpc") ? Optional.of(new Described(MetatypeValidatorTest.rpc(), "io.openemp.rpc-registry"))
                    : Optional.empty();
        }

        @Override
        public void write(String pid, Map<String, Object> properties) {
            writes.add(pid);
            stored.put(pid, new HashMap<>(properties));
        }
    }

    @Before
    public void start() throws Exception {
        registry = new StandaloneRegistry();
        File data = Files.createTempDirectory("emp-data").toFile();
        SystemComponent system = new SystemComponent(registry, () -> "4.4.9", "t", "f", data, Fixtures.config(0, 500));
        system.setConfigBackend(backend);
        registry.add(system, "io.openemp.system");
        backend.stored.put("io.openemp.rpc", new HashMap<>(Map.of("maxBatchLength", 1000, "secret", "s3cret")));
        backend.stored.put("io.openemp.legacy", new HashMap<>(Map.of("url", "x", "password", "hunter2")));
    }

    @After
    public void stop() {
        registry.close();
    }

    JsonNode call(String method, String params) throws Exception {
        return Fixtures.call(registry, Fixtures.ADMIN, method, params);
    }

    @Test
    public void listsConfiguredAndDescribedPids() throws Exception {
        JsonNode list = call("system.config.list", null).get("result");
        assertEquals(2, list.size());
        assertEquals("io.openemp.legacy", list.get(0).get("pid").asText());
        assertFalse(list.get(0).get("described").asBoolean());
        assertEquals("io.openemp.rpc-registry", list.get(1).get("bundle").asText());
    }

    @Test
    public void getShowsDefinitionsAndValuesWithSecretsMasked() throws Exception {
        JsonNode view = call("system.config.get", "{\"pid\":\"io.openemp.rpc\"}").get("result");
        Map<String, JsonNode> attributes = new HashMap<>();
        view.get("attributes").forEach(a -> attributes.put(a.get("key").asText(), a));
        assertEquals(1000, attributes.get("maxBatchLength").get("value").asInt());
        assertEquals("integer", attributes.get("maxBatchLength").get("type").asText());
        assertEquals("1000", attributes.get("maxBatchLength").get("defaultValue").get(0).asText());
        assertEquals("********", attributes.get("secret").get("value").asText());
        assertFalse(view.toString().contains("s3cret"));
        JsonNode legacy = call("system.config.get", "{\"pid\":\"io.openemp.legacy\"}").get("result");
        assertFalse(legacy.toString(), legacy.toString().contains("hunter2"));
    }

    @Test
    public void setAppliesValidatedTypedValues() throws Exception {
        JsonNode view = call("system.config.set", "{\"pid\":\"io.openemp.rpc\",\"values\":{\"maxBatchLength\":\"250\",\"roles\":[\"admin\",\"viewer\"]}}");
        assertTrue(view.toString(), view.has("result"));
        assertEquals(250, backend.stored.get("io.openemp.rpc").get("maxBatchLength"));
        assertEquals("s3cret", backend.stored.get("io.openemp.rpc").get("secret"));
    }

    @Test
    public void aBadValueIsRefusedNamingTheKeyAndTheOldConfigurationStays() throws Exception {
        JsonNode error = call("system.config.set",
                "{\"pid\":\"io.openemp.rpc\",\"values\":{\"mode\":\"fast\",\"maxBatchLength\":0}}").get("error");
        assertEquals(-32602, error.get("code").asInt());
        assertEquals("values.maxBatchLength", error.get("data").get("param").asText());
        assertEquals("Value 0 is less than the minimum 1", error.get("data").get("reason").asText());
        assertTrue(error.get("message").asText().contains("unchanged"));
        assertEquals(Map.of("maxBatchLength", 1000, "secret", "s3cret"), backend.stored.get("io.openemp.rpc"));
        assertTrue(backend.writes.isEmpty());
    }

    @Test
    public void undescribedForeignAndHostilePidsAreRefused() throws Exception {
        JsonNode legacy = call("system.config.set", "{\"pid\":\"io.openemp.legacy\",\"values\":{\"url\":\"y\"}}").get("error");
        assertEquals("pid", legacy.get("data").get("param").asText());
        assertTrue(legacy.get("data").get("reason").asText().startsWith("no metatype definition describes"));
        for (String pid : new String[] { "org.apache.karaf.shell", "io.openemp.*)(service.pid=*", "io.openemp.", "" }) {
            JsonNode error = call("system.config.get", Fixtures.JSON.createObjectNode().put("pid", pid).toString()).get("error");
            assertEquals(pid, -32602, error.get("code").asInt());
            assertEquals("pid", error.get("data").get("param").asText());
        }
        JsonNode none = call("system.config.set", "{\"pid\":\"io.openemp.rpc\",\"values\":{}}").get("error");
        assertEquals("values", none.get("data").get("param").asText());
        assertTrue(backend.writes.isEmpty());
    }

    @Test
    public void onlyAdminsChangeAndViewersDoNotRead() throws Exception {
        JsonNode set = Fixtures.call(registry, Fixtures.VIEWER, "system.config.set",
                "{\"pid\":\"io.openemp.rpc\",\"values\":{\"maxBatchLength\":5}}").get("error");
        assertEquals(-32001, set.get("code").asInt());
        JsonNode get = Fixtures.call(registry, Fixtures.VIEWER, "system.config.get", "{\"pid\":\"io.openemp.rpc\"}").get("error");
        assertEquals(-32001, get.get("code").asInt());
    }

    @Test
    public void withoutConfigAdminTheMethodsSaySo() throws Exception {
        StandaloneRegistry bare = new StandaloneRegistry();
        try {
            bare.add(new SystemComponent(bare, () -> "4.4.9", "t", "f", new File("."), Fixtures.config(0, 500)), "s");
            JsonNode error = Fixtures.call(bare, Fixtures.ADMIN, "system.config.list", null).get("error");
            assertEquals(SystemComponent.DEPENDENCY_UNAVAILABLE, error.get("code").asInt());
            assertEquals("Configuration Admin is not available", error.get("message").asText());
        } finally {
            bare.close();
        }
    }
}
