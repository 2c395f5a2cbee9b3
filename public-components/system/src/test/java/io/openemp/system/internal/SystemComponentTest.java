package io.openemp.system.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.bus.api.BusEvent;
import io.openemp.bus.api.EventBus;
import io.openemp.bus.api.Subscription;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.rpc.internal.StandaloneRegistry;

/** system.info and system.health through the real dispatcher, with a real H2 database behind the relational check. */
public class SystemComponentTest {

    StandaloneRegistry registry;
    SystemComponent system;
    File data;

    @Before
    public void start() throws Exception {
        registry = new StandaloneRegistry();
        data = Files.createTempDirectory("emp-data").toFile();
        system = new SystemComponent(registry, () -> "4.4.9", "0.1.0-TEST", "org.apache.felix.framework 7.0.5", data,
                Fixtures.config(0, 500));
        registry.add(system, "io.openemp.system");
    }

    @After
    public void stop() {
        registry.close();
    }

    JsonNode result(String method) throws Exception {
        return Fixtures.call(registry, Fixtures.VIEWER, method, null).get("result");
    }

    static Map<String, JsonNode> checks(JsonNode health) {
        Map<String, JsonNode> byName = new HashMap<>();
        health.get("checks").forEach(c -> byName.put(c.get("name").asText(), c));
        return byName;
    }

    @Test
    public void pingAnswersPong() throws Exception {
        assertEquals("pong", result("system.ping").asText());
    }

    @Test
    public void infoNamesVersionsAndPlugins() throws Exception {
        JsonNode info = result("system.info");
        assertEquals("0.1.0-TEST", info.get("platformVersion").asText());
        assertEquals("4.4.9", info.get("karafVersion").asText());
        assertEquals(System.getProperty("java.version"), info.get("javaVersion").asText());
        assertTrue(info.get("uptimeSeconds").asLong() >= 0);
        assertTrue(info.get("startedAt").asText().endsWith("Z"));
        assertTrue(info.get("plugins").toString(), info.get("plugins").toString().contains("\"id\":\"system\""));
    }

    @Test
    public void missingDependenciesAreReportedNotFatal() throws Exception {
        JsonNode health = result("system.health");
        Map<String, JsonNode> checks = checks(health);
        assertEquals("down", health.get("status").asText());
        assertEquals("down", checks.get("bus").get("status").asText());
        assertTrue(checks.get("bus").get("detail").asText().startsWith("missing"));
        assertEquals("degraded", checks.get("relational").get("status").asText());
        assertTrue(checks.get("relational").get("detail").asText().contains("dataSourceName=emp"));
        assertEquals("degraded", checks.get("documents").get("status").asText());
        assertEquals("up", checks.get("component:system").get("status").asText());
        assertEquals("up", checks.get("component:rpc").get("status").asText());
        assertTrue(checks.get("disk").get("detail").asText().contains("MB free"));
    }

    @Test
    public void allUpWithARealDatabaseAndADeliveringBus() throws Exception {
        system.bindDataSource(h2());
        system.bindBus(new ThreadedBus(0));
        system.bindDocuments(timeout -> new SystemComponent.Check("documents", SystemComponent.UP, "answered"));
        JsonNode health = result("system.health");
        Map<String, JsonNode> checks = checks(health);
        assertEquals(health.toString(), "up", health.get("status").asText());
        assertTrue(checks.get("relational").get("detail").asText().startsWith("H2 answered SELECT 1"));
        assertTrue(checks.get("bus").get("detail").asText().startsWith("event delivered back"));
    }

    @Test
    public void aBrokenDatabaseIsDown() throws Exception {
        JdbcDataSource broken = new JdbcDataSource();
        broken.setURL("jdbc:h2:" + new File(data, "db").getAbsolutePath() + ";IFEXISTS=TRUE");
        system.bindDataSource(broken);
        JsonNode relational = checks(result("system.health")).get("relational");
        assertEquals("down", relational.get("status").asText());
        assertTrue(relational.get("detail").asText().startsWith("validation query failed"));
    }

    @Test
    public void aBusThatDoesNotDeliverIsDownWithinTheTimeout() throws Exception {
        system.bindBus(new ThreadedBus(-1));
        long start = System.nanoTime();
        JsonNode bus = checks(result("system.health")).get("bus");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("down", bus.get("status").asText());
        assertEquals("event not delivered within 500 ms", bus.get("detail").asText());
        assertTrue("took " + millis, millis >= 500 && millis < 5000);
    }

    @Test
    public void aRefusedComponentDegradesHealthAndSaysWhy() throws Exception {
        system.bindDataSource(h2());
        system.bindBus(new ThreadedBus(0));
        system.bindDocuments(timeout -> new SystemComponent.Check("documents", SystemComponent.UP, "answered"));
        registry.add(new Clash(), "io.openemp.clash");
        JsonNode health = result("system.health");
        assertEquals("degraded", health.get("status").asText());
        JsonNode check = checks(health).get("component:system");
        assertNotNull(check);
        assertTrue(health.toString(), health.toString().contains("failed (io.openemp.clash 1.0.0)"));
    }

    @Test
    public void lowDiskIsDegraded() throws Exception {
        SystemComponent strict = new SystemComponent(registry, () -> "4.4.9", "x", "f", data, Fixtures.config(Long.MAX_VALUE / (1 << 21), 500));
        JsonNode disk = checks(Fixtures.JSON.valueToTree(strict.health())).get("disk");
        assertEquals("degraded", disk.get("status").asText());
    }

    @Test
    public void overallIsTheWorstCheck() {
        SystemComponent.Check up = new SystemComponent.Check("a", "up", "");
        SystemComponent.Check degraded = new SystemComponent.Check("b", "degraded", "");
        SystemComponent.Check down = new SystemComponent.Check("c", "down", "");
        assertEquals("up", SystemComponent.overall(List.of(up, up)));
        assertEquals("degraded", SystemComponent.overall(List.of(up, degraded)));
        assertEquals("down", SystemComponent.overall(List.of(degraded, down, up)));
    }

    JdbcDataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:health" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** A second component with the id "system": the registry refuses it as failed. */
    public static class Clash implements RpcComponent {
        public String id() {
            return "system";
        }

        public String version() {
            return "9.0.0";
        }

        public String description() {
            return "clash";
        }
    }

    /**
     * A bus delivering on another thread like Event Admin's asynchronous delivery (delay 0), or never (delay -1).
     */
    static final class ThreadedBus implements EventBus {
        final List<Map.Entry<String, Consumer<BusEvent>>> handlers = new CopyOnWriteArrayList<>();
        final ExecutorService delivery = Executors.newSingleThreadExecutor();
        final int delay;

        ThreadedBus(int delay) {
            this.delay = delay;
        }

        @Override
        public void publish(String topic, Map<String, ?> properties) {
            if (delay < 0) {
                return;
            }
            BusEvent event = new BusEvent(topic, properties);
            for (Map.Entry<String, Consumer<BusEvent>> h : handlers) {
                if (h.getKey().equals(topic)) {
                    delivery.execute(() -> h.getValue().accept(event));
                }
            }
        }

        @Override
        public Subscription subscribe(String topicPattern, Consumer<BusEvent> handler) {
            Map.Entry<String, Consumer<BusEvent>> entry = Map.entry(topicPattern, handler);
            handlers.add(entry);
            return () -> handlers.remove(entry);
        }
    }
}
