package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Set;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.plugin.api.RpcComponent;

/** JSON-RPC over HTTP on the booted distribution: the specification's examples, authentication, roles, limits. */
public class HttpJsonRpcIT extends PlatformTestSupport {

    @Inject
    private ConfigurationAdmin configAdmin;

    private ItestComponent spec;
    private ServiceRegistration<RpcComponent> registration;

    private static final String VERA_PASSWORD = "vera-viewer-password";

    @Before
    public void registerSpecComponent() throws Exception {
        spec = new ItestComponent("spec");
        registration = context.registerService(RpcComponent.class, spec, null);
        ensureUser("vera", VERA_PASSWORD, "viewer");
    }

    @After
    public void unregister() {
        registration.unregister();
    }

    private JsonNode admin(String body) throws Exception {
        HttpResponse<String> response = post("admin", ADMIN_PASSWORD, body);
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    @Test
    public void theRegistryListsTheCoreComponents() throws Exception {
        JsonNode components = call("rpc.components", null).get("result");
        Set<String> ids = new HashSet<>();
        components.forEach(c -> ids.add(c.get("id").asText()));
        assertTrue(ids.toString(), ids.containsAll(Set.of("rpc", "system", "spec")));
        for (JsonNode c : components) {
            if (c.get("id").asText().equals("system")) {
                assertEquals("active", c.get("state").asText());
                assertEquals("io.openemp.system", c.get("bundleSymbolicName").asText());
                assertTrue(c.get("methods").toString().contains("system.health"));
            }
        }
        JsonNode info = call("system.info", null).get("result");
        assertEquals("4.4.9", info.get("karafVersion").asText());
        assertEquals(System.getProperty("java.version"), info.get("javaVersion").asText());
        JsonNode discover = call("rpc.discover", null).get("result");
        assertTrue(discover.get("openrpc").asText().startsWith("1."));
        assertTrue(discover.get("methods").toString().contains("\"name\":\"spec.subtract\""));
    }

    @Test
    public void specificationSection7Examples() throws Exception {
        assertEquals(JSON.readTree("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}"),
                admin("{\"jsonrpc\": \"2.0\", \"method\": \"spec.subtract\", \"params\": [42, 23], \"id\": 1}"));
        assertEquals(JSON.readTree("{\"jsonrpc\":\"2.0\",\"result\":-19,\"id\":2}"),
                admin("{\"jsonrpc\": \"2.0\", \"method\": \"spec.subtract\", \"params\": [23, 42], \"id\": 2}"));
        assertEquals(JSON.readTree("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":3}"),
                admin("{\"jsonrpc\": \"2.0\", \"method\": \"spec.subtract\", \"params\": {\"subtrahend\": 23, \"minuend\": 42}, \"id\": 3}"));
        assertEquals(JSON.readTree("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":4}"),
                admin("{\"jsonrpc\": \"2.0\", \"method\": \"spec.subtract\", \"params\": {\"minuend\": 42, \"subtrahend\": 23}, \"id\": 4}"));

        HttpResponse<String> notification = post("admin", ADMIN_PASSWORD,
                "{\"jsonrpc\": \"2.0\", \"method\": \"spec.update\", \"params\": [1,2,3,4,5]}");
        assertEquals(204, notification.statusCode());
        assertEquals("", notification.body());
        assertEquals(204, post("admin", ADMIN_PASSWORD, "{\"jsonrpc\": \"2.0\", \"method\": \"spec.foobar\"}").statusCode());
        assertTrue(spec.notified.contains("update 1"));

        JsonNode r = admin("{\"jsonrpc\": \"2.0\", \"method\": \"spec.foobar\", \"id\": \"1\"}");
        assertEquals(-32601, r.at("/error/code").asInt());
        assertEquals("1", r.get("id").asText());

        r = admin("{\"jsonrpc\": \"2.0\", \"method\": \"foobar, \"params\": \"bar\", \"baz]");
        assertEquals(-32700, r.at("/error/code").asInt());
        assertTrue(r.get("id").isNull());

        r = admin("{\"jsonrpc\": \"2.0\", \"method\": 1, \"params\": \"bar\"}");
        assertEquals(-32600, r.at("/error/code").asInt());
        assertTrue(r.get("id").isNull());

        r = admin("[\n  {\"jsonrpc\": \"2.0\", \"method\": \"spec.sum\", \"params\": [1,2,4], \"id\": \"1\"},\n  {\"jsonrpc\": \"2.0\", \"method\"\n]");
        assertEquals(-32700, r.at("/error/code").asInt());

        r = admin("[]");
        assertTrue(r.isObject());
        assertEquals(-32600, r.at("/error/code").asInt());

        r = admin("[1]");
        assertEquals(1, r.size());
        assertEquals(-32600, r.at("/0/error/code").asInt());

        r = admin("[1,2,3]");
        assertEquals(3, r.size());
        r.forEach(e -> assertEquals(-32600, e.at("/error/code").asInt()));

        r = admin("[{\"jsonrpc\": \"2.0\", \"method\": \"spec.sum\", \"params\": [1,2,4], \"id\": \"1\"},"
                + "{\"jsonrpc\": \"2.0\", \"method\": \"spec.notify_hello\", \"params\": [7]},"
                + "{\"jsonrpc\": \"2.0\", \"method\": \"spec.subtract\", \"params\": [42,23], \"id\": \"2\"},"
                + "{\"foo\": \"boo\"},"
                + "{\"jsonrpc\": \"2.0\", \"method\": \"foo.get\", \"params\": {\"name\": \"myself\"}, \"id\": \"5\"},"
                + "{\"jsonrpc\": \"2.0\", \"method\": \"spec.get_data\", \"id\": \"9\"}]");
        assertEquals(5, r.size());
        Set<JsonNode> got = new HashSet<>();
        r.forEach(got::add);
        assertTrue(got.contains(JSON.readTree("{\"jsonrpc\": \"2.0\", \"result\": 7, \"id\": \"1\"}")));
        assertTrue(got.contains(JSON.readTree("{\"jsonrpc\": \"2.0\", \"result\": 19, \"id\": \"2\"}")));
        assertTrue(got.contains(JSON.readTree("{\"jsonrpc\": \"2.0\", \"result\": [\"hello\", 5], \"id\": \"9\"}")));

        HttpResponse<String> allNotifications = post("admin", ADMIN_PASSWORD,
                "[{\"jsonrpc\": \"2.0\", \"method\": \"spec.notify_sum\", \"params\": [1,2,4]},"
                        + "{\"jsonrpc\": \"2.0\", \"method\": \"spec.notify_hello\", \"params\": [7]}]");
        assertEquals(204, allNotifications.statusCode());
        assertTrue(spec.notified.contains("sum 7"));
    }

    @Test
    public void idsAreEchoedExactly() throws Exception {
        String body = post("admin", ADMIN_PASSWORD,
                "{\"jsonrpc\":\"2.0\",\"method\":\"spec.get_data\",\"id\":\"счётчик-№7 ⚡\"}").body();
        assertTrue(body, body.endsWith("\"id\":\"счётчик-№7 ⚡\"}"));
        body = post("admin", ADMIN_PASSWORD, "{\"jsonrpc\":\"2.0\",\"method\":\"spec.get_data\",\"id\":-0.250}").body();
        assertTrue(body, body.endsWith("\"id\":-0.250}"));
    }

    @Test
    public void authenticationAndRoles() throws Exception {
        String ping = "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}";
        assertEquals(401, post(null, null, ping).statusCode());
        assertEquals(401, post("admin", "wrong", ping).statusCode());
        assertEquals(401, post("karaf", "karaf", ping).statusCode());
        HttpResponse<String> vera = post("vera", VERA_PASSWORD, ping);
        assertEquals(200, vera.statusCode());
        assertEquals("pong", JSON.readTree(vera.body()).get("result").asText());

        JsonNode forbidden = JSON.readTree(post("vera", VERA_PASSWORD,
                "{\"jsonrpc\":\"2.0\",\"method\":\"spec.whoami\",\"id\":1}").body());
        assertEquals(-32001, forbidden.at("/error/code").asInt());
        assertEquals("manager", forbidden.at("/error/data/requiredRoles/0").asText());
        assertEquals("admin via http", admin("{\"jsonrpc\":\"2.0\",\"method\":\"spec.whoami\",\"id\":1}").get("result").asText());
    }

    @Test
    public void transportRules() throws Exception {
        HttpResponse<String> get = http().send(HttpRequest.newBuilder(rpcUri()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));

        HttpResponse<String> text = http().send(HttpRequest.newBuilder(rpcUri())
                .header("Content-Type", "text/plain")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, text.statusCode());

        JsonNode deep = admin("[".repeat(20_000) + "]".repeat(20_000));
        assertEquals(-32004, deep.at("/error/code").asInt());
        assertEquals("pong", call("system.ping", null).get("result").asText());

        // The body limit is configuration, applied without a restart: lower it, send more, restore it.
        Configuration rpc = configAdmin.getConfiguration("io.openemp.rpc", null);
        Dictionary<String, Object> previous = rpc.getProperties();
        Hashtable<String, Object> lowered = new Hashtable<>();
        if (previous != null) {
            for (Enumeration<String> keys = previous.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                lowered.put(key, previous.get(key));
            }
        }
        lowered.put("maxRequestBytes", 4096L);
        rpc.update(lowered);
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (dispatcher.limits().maxRequestBytes() != 4096 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(4096, dispatcher.limits().maxRequestBytes());
            String big = "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"params\":[\"" + "x".repeat(5000) + "\"],\"id\":1}";
            HttpResponse<String> tooLarge = post("admin", ADMIN_PASSWORD, big);
            assertEquals(413, tooLarge.statusCode());
            assertEquals(-32004, JSON.readTree(tooLarge.body()).at("/error/code").asInt());
        } finally {
            if (previous != null) {
                rpc.update(previous);
                long restored = System.currentTimeMillis() + 10_000;
                while (dispatcher.limits().maxRequestBytes() == 4096 && System.currentTimeMillis() < restored) {
                    Thread.sleep(50);
                }
            }
        }
        assertTrue("the limit is restored", dispatcher.limits().maxRequestBytes() > 4096);

    }

    @Test
    public void aDuplicateComponentIsRefusedAndTheFirstKeepsServing() throws Exception {
        ServiceRegistration<RpcComponent> duplicate = context.registerService(RpcComponent.class, new ItestComponent("system"), null);
        try {
            JsonNode refused = null;
            for (JsonNode c : call("rpc.components", null).get("result")) {
                if (c.get("id").asText().equals("system") && c.get("state").asText().equals("failed")) {
                    refused = c;
                }
            }
            assertNotNull(refused);
            assertTrue(refused.get("reason").asText().contains("io.openemp.system"));
            assertEquals("pong", call("system.ping", null).get("result").asText());
            assertFalse(call("system.subtract", "[2,1]").has("result"));
        } finally {
            duplicate.unregister();
        }
    }
}
