package io.openemp.system.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.rpc.internal.StandaloneRegistry;

/** system.log.*: what reaches the log service is checked first; Karaf's service itself is tested in the itests. */
public class LogLevelsRpcTest {

    StandaloneRegistry registry;
    SystemComponent system;
    final Map<String, String> levels = new TreeMap<>(Map.of("ROOT", "INFO"));

    @Before
    public void start() {
        registry = new StandaloneRegistry();
        system = new SystemComponent(registry, () -> "4.4.9", "t", "f", new File("."), Fixtures.config(0, 500));
        registry.add(system, "io.openemp.system");
    }

    @After
    public void stop() {
        registry.close();
    }

    void bindLevels() {
        system.bindLogLevels(new LogLevels() {
            public Map<String, String> get(String logger) {
                return logger == null ? levels : Map.of(logger, levels.getOrDefault(logger, levels.get("ROOT")));
            }

            public void set(String logger, String level) {
                levels.put(logger, level);
            }
        });
    }

    @Test
    public void setPassesACheckedLevel() throws Exception {
        bindLevels();
        JsonNode result = Fixtures.call(registry, Fixtures.ADMIN, "system.log.set",
                "{\"logger\":\"io.openemp.rpc\",\"level\":\"debug\"}").get("result");
        assertEquals("DEBUG", levels.get("io.openemp.rpc"));
        assertEquals("DEBUG", result.get(0).get("level").asText());
        JsonNode all = Fixtures.call(registry, Fixtures.ADMIN, "system.log.get", null).get("result");
        assertEquals(2, all.size());
    }

    @Test
    public void badLoggersAndLevelsAreRefusedByName() throws Exception {
        bindLevels();
        JsonNode level = Fixtures.call(registry, Fixtures.ADMIN, "system.log.set",
                "{\"logger\":\"io.openemp\",\"level\":\"LOUD\"}").get("error");
        assertEquals("level", level.get("data").get("param").asText());
        assertTrue(level.get("data").get("reason").asText().contains("TRACE"));
        for (String logger : new String[] { "", "a b", "x)(y", "a..b", "z".repeat(300) }) {
            JsonNode error = Fixtures.call(registry, Fixtures.ADMIN, "system.log.set",
                    Fixtures.JSON.createObjectNode().put("logger", logger).put("level", "INFO").toString()).get("error");
            assertEquals(logger, "logger", error.get("data").get("param").asText());
        }
        assertEquals(Map.of("ROOT", "INFO"), levels);
    }

    @Test
    public void withoutTheLogServiceTheMethodsSaySo() throws Exception {
        JsonNode error = Fixtures.call(registry, Fixtures.ADMIN, "system.log.get", null).get("error");
        assertEquals(SystemComponent.DEPENDENCY_UNAVAILABLE, error.get("code").asInt());
        JsonNode viewer = Fixtures.call(registry, Fixtures.VIEWER, "system.log.set",
                "{\"logger\":\"ROOT\",\"level\":\"OFF\"}").get("error");
        assertEquals(-32001, viewer.get("code").asInt());
    }
}
