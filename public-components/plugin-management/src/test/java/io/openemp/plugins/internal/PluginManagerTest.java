package io.openemp.plugins.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.rpc.internal.StandaloneRegistry;

/**
 * Install, upgrade and uninstall through the real registry and dispatcher. Karaf's feature service cannot run
 * here: {@link Features} stands in for it by adding a feature's components to the registry when it is
 * installed and removing them when it is uninstalled, as the bundles' Declarative Services would.
 */
public class PluginManagerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Caller ADMIN = Caller.of("ada", Set.of("admin"), "test");

    StandaloneRegistry registry;
    Features features;
    Path folder;

    /** A greeting component; each version answers its own text. */
    public static class Hello implements RpcComponent {
        final String id;
        final String version;

        Hello(String id, String version) {
            this.id = id;
            this.version = version;
        }

        public String id() {
            return id;
        }

        public String version() {
            return version;
        }

        public String description() {
            return "hello";
        }

        @RpcMethod(name = "hello", description = "says which version answers")
        public String hello() {
            return "v" + version;
        }
    }

    final class Features implements FeatureBackend {
        final Map<String, Supplier<RpcComponent>> available = new ConcurrentHashMap<>();
        final Map<String, Long> installed = new ConcurrentHashMap<>();
        final List<String> operations = new ArrayList<>();
        final List<URI> repositories = new ArrayList<>();

        void offer(String name, String version, Supplier<RpcComponent> component) {
            available.put(name + "/" + version, component);
        }

        @Override
        public List<Feature> features() {
            List<Feature> out = new ArrayList<>();
            available.keySet().forEach(k -> {
                String[] nv = k.split("/");
                out.add(new Feature(nv[0], nv[1], "mvn:io.openemp/karaf-features/xml/features", null, installed.containsKey(k)));
            });
            out.add(new Feature("openemp-core", "0.1.0", "mvn:io.openemp/karaf-features/xml/features", null, true));
            return out;
        }

        @Override
        public void addRepository(URI uri) {
            if (!repositories.contains(uri)) {
                repositories.add(uri);
            }
        }

        @Override
        public void install(String name, String version) {
            operations.add("install " + name + " " + version);
            installed.put(name + "/" + version, registry.add(available.get(name + "/" + version).get(), "io.openemp." + name + "-" + version));
        }

        @Override
        public void uninstall(String name, String version) {
            operations.add("uninstall " + name + " " + version);
            Long key = installed.remove(name + "/" + version);
            if (key != null) {
                registry.remove(key);
            }
        }
    }

    static PluginsConfig config(String folder, long waitMillis) {
        return new PluginsConfig() {
            public Class<? extends Annotation> annotationType() {
                return PluginsConfig.class;
            }

            public String folder() {
                return folder;
            }

            public String[] prefixes() {
                return new String[] { "openemp-plugin-", "openemp-protocol-" };
            }

            public long waitMillis() {
                return waitMillis;
            }
        };
    }

    @Before
    public void start() throws Exception {
        registry = new StandaloneRegistry();
        features = new Features();
        folder = Files.createTempDirectory("plugins");
        features.offer("openemp-plugin-hello", "1.0.0", () -> new Hello("hello", "1.0.0"));
        features.offer("openemp-plugin-hello", "1.1.0", () -> new Hello("hello", "1.1.0"));
        features.offer("openemp-plugin-clash", "1.0.0", () -> new Hello("plugins", "1.0.0"));
        registry.add(new PluginsComponent(features, registry, folder, config("", 2000)), "io.openemp.plugin-management");
    }

    @After
    public void stop() {
        registry.close();
    }

    JsonNode call(String method, String params) throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + ",\"id\":1}";
        return JSON.readTree(registry.dispatch(request.getBytes(StandardCharsets.UTF_8), ADMIN));
    }

    @Test
    public void listsPluginFeaturesOnlyInVersionOrder() throws Exception {
        Files.writeString(folder.resolve("tariff.xml"), PluginFolderTest.RELEASE);
        JsonNode list = call("plugins.list", null).get("result");
        List<String> names = new ArrayList<>();
        list.forEach(p -> names.add(p.get("name").asText() + " " + p.get("version").asText() + " " + p.get("source").asText()));
        assertEquals(List.of("openemp-plugin-clash 1.0.0 distribution", "openemp-plugin-hello 1.0.0 distribution",
                "openemp-plugin-hello 1.1.0 distribution"), names);
        assertEquals(1, features.repositories.size());
        assertTrue(features.repositories.get(0).toString().endsWith("tariff.xml"));
    }

    @Test
    public void installMakesTheMethodsAnswerAndUninstallTakesThemAway() throws Exception {
        JsonNode outcome = call("plugins.install", "{\"name\":\"openemp-plugin-hello\",\"version\":\"1.0.0\"}").get("result");
        assertEquals("installed", outcome.get("outcome").asText());
        assertEquals("[\"hello\"]", outcome.get("components").toString());
        assertTrue(outcome.get("durationMillis").asLong() >= 0);
        assertEquals("v1.0.0", call("hello.hello", null).get("result").asText());
        JsonNode again = call("plugins.install", "{\"name\":\"openemp-plugin-hello\"}").get("error");
        assertTrue(again.get("data").get("reason").asText().contains("use plugins.upgrade"));
        JsonNode gone = call("plugins.uninstall", "{\"name\":\"openemp-plugin-hello\"}").get("result");
        assertEquals("uninstalled", gone.get("outcome").asText());
        assertEquals("[\"hello\"]", gone.get("components").toString());
        assertEquals(-32601, call("hello.hello", null).get("error").get("code").asInt());
    }

    @Test
    public void aClashingComponentIdIsRefusedAndRolledBack() throws Exception {
        JsonNode outcome = call("plugins.install", "{\"name\":\"openemp-plugin-clash\"}").get("result");
        assertEquals("refused", outcome.get("outcome").asText());
        assertTrue(outcome.get("detail").asText(), outcome.get("detail").asText()
                .contains("component 'plugins': id 'plugins' is already served by io.openemp.plugin-management"));
        assertEquals(List.of("install openemp-plugin-clash 1.0.0", "uninstall openemp-plugin-clash 1.0.0"), features.operations);
        assertTrue(features.installed.isEmpty());
        assertTrue(registry.components().stream().noneMatch(c -> c.state().equals("failed")));
    }

    @Test
    public void upgradeServesEveryCallWhileTheVersionChanges() throws Exception {
        call("plugins.install", "{\"name\":\"openemp-plugin-hello\",\"version\":\"1.0.0\"}");
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Set<String> answers = ConcurrentHashMap.newKeySet();
        Thread loop = new Thread(() -> {
            while (running.get()) {
                try {
                    JsonNode response = call("hello.hello", null);
                    calls.incrementAndGet();
                    if (response.has("result")) {
                        answers.add(response.get("result").asText());
                    } else {
                        failures.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }
        });
        loop.start();
        Thread.sleep(100);
        JsonNode outcome = call("plugins.upgrade", "{\"name\":\"openemp-plugin-hello\"}").get("result");
        Thread.sleep(100);
        running.set(false);
        loop.join();
        assertEquals(outcome.toString(), "upgraded", outcome.get("outcome").asText());
        assertEquals("1.1.0", outcome.get("version").asText());
        assertEquals("1.0.0", outcome.get("previousVersion").asText());
        assertEquals(List.of("install openemp-plugin-hello 1.0.0", "install openemp-plugin-hello 1.1.0",
                "uninstall openemp-plugin-hello 1.0.0"), features.operations);
        assertEquals(0, failures.get());
        assertTrue(calls.get() > 10);
        assertEquals(Set.of("v1.0.0", "v1.1.0"), answers);
        assertEquals("v1.1.0", call("hello.hello", null).get("result").asText());
    }

    @Test
    public void badRequestsNameTheParameter() throws Exception {
        JsonNode notInstalled = call("plugins.upgrade", "{\"name\":\"openemp-plugin-hello\"}").get("error");
        assertEquals("name", notInstalled.get("data").get("param").asText());
        assertTrue(notInstalled.get("data").get("reason").asText().contains("use plugins.install"));
        call("plugins.install", "{\"name\":\"openemp-plugin-hello\",\"version\":\"1.1.0\"}");
        JsonNode older = call("plugins.upgrade", "{\"name\":\"openemp-plugin-hello\",\"version\":\"1.0.0\"}").get("error");
        assertEquals("version", older.get("data").get("param").asText());
        assertTrue(older.get("data").get("reason").asText().contains("not newer"));
        JsonNode core = call("plugins.install", "{\"name\":\"openemp-core\"}").get("error");
        assertEquals("name", core.get("data").get("param").asText());
        assertTrue(core.get("data").get("reason").asText().contains("is not a plugin"));
        JsonNode hostile = call("plugins.install", "{\"name\":\"../../etc/passwd\"}").get("error");
        assertEquals("name", hostile.get("data").get("param").asText());
        JsonNode missing = call("plugins.install", "{\"name\":\"openemp-plugin-nope\"}").get("error");
        assertTrue(missing.get("data").get("reason").asText().startsWith("no plugin openemp-plugin-nope"));
        JsonNode badVersion = call("plugins.uninstall", "{\"name\":\"openemp-plugin-hello\",\"version\":\"latest\"}").get("error");
        assertEquals("version", badVersion.get("data").get("param").asText());
        assertFalse(features.operations.contains("install openemp-core 0.1.0"));
    }
}
