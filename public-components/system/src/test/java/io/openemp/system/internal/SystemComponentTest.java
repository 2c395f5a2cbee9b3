package io.openemp.system.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.internal.StandaloneRegistry;

/** system.info and system.health through the real dispatcher. */
public class SystemComponentTest {

    static final ObjectMapper JSON = new ObjectMapper();
    StandaloneRegistry registry;

    @Before
    public void start() throws Exception {
        registry = new StandaloneRegistry();
        File data = Files.createTempDirectory("emp-data").toFile();
        registry.add(new SystemComponent(registry, () -> "4.4.9", "0.1.0-TEST", "org.apache.felix.framework 7.0.5", data),
                "io.openemp.system");
    }

    @After
    public void stop() {
        registry.close();
    }

    JsonNode call(String method) throws Exception {
        byte[] response = registry.dispatch(("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":1}")
                .getBytes(StandardCharsets.UTF_8), Caller.of("ann", Set.of("viewer"), "test"));
        return JSON.readTree(response).get("result");
    }

    @Test
    public void pingAnswersPong() throws Exception {
        assertEquals("pong", call("system.ping").asText());
    }

    @Test
    public void infoNamesVersionsAndPlugins() throws Exception {
        JsonNode info = call("system.info");
        assertEquals("0.1.0-TEST", info.get("platformVersion").asText());
        assertEquals("4.4.9", info.get("karafVersion").asText());
        assertEquals(System.getProperty("java.version"), info.get("javaVersion").asText());
        assertTrue(info.get("uptimeSeconds").asLong() >= 0);
        assertTrue(info.get("startedAt").asText().endsWith("Z"));
        assertTrue(info.get("plugins").toString(), info.get("plugins").toString().contains("\"id\":\"system\""));
        assertTrue(info.get("plugins").toString().contains("\"id\":\"rpc\""));
    }

    @Test
    public void healthIsDownWithoutABusAndSaysWhy() throws Exception {
        JsonNode health = call("system.health");
        assertEquals("down", health.get("status").asText());
        boolean sawBus = false;
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals("bus")) {
                assertEquals("down", check.get("status").asText());
                sawBus = true;
            }
            if (check.get("name").asText().equals("disk")) {
                assertTrue(check.get("detail").asText().contains("MB free"));
            }
        }
        assertTrue(sawBus);
    }
}
