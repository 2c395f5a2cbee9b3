package io.openemp.rpc.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcLimits;

/**
 * Every example of section 7 of the JSON-RPC 2.0 specification, with the methods namespaced ({@code spec.sum}
 * for {@code sum}) as the platform requires.
 */
public class DispatcherSpecTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Caller ADMIN = Caller.of("admin", Set.of("admin"), "test");

    RegistryService.Registry registry;
    SpecComponent spec;

    @Before
    public void start() {
        registry = new RegistryService.Registry(new SimpleMeterRegistry());
        registry.configure(new RpcLimits(10 << 20, 1000, 64, 30_000), 4, 100);
        registry.addBuiltIn("0.1.0");
        spec = new SpecComponent();
        registry.table().add(1, spec, "test.bundle", "1.0.0", false);
    }

    @After
    public void stop() {
        registry.close();
    }

    String raw(String request) {
        byte[] response = registry.dispatcher().dispatch(request.getBytes(StandardCharsets.UTF_8), ADMIN);
        return response == null ? null : new String(response, StandardCharsets.UTF_8);
    }

    JsonNode call(String request) throws Exception {
        String response = raw(request);
        return response == null ? null : JSON.readTree(response);
    }

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    public void positionalParameters() throws Exception {
        assertEquals(json("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}"),
                call("{\"jsonrpc\": \"2.0\", \"method\": \"spec.subtract\", \"params\": [42, 23], \"id\": 1}"));
        assertEquals(json("{\"jsonrpc\":\"2.0\",\"result\":-19,\"id\":2}"),
                call("{\"jsonrpc\": \"2.0\", \"method\": \"spec.subtract\", \"params\": [23, 42], \"id\": 2}"));
    }

    @Test
    public void namedParameters() throws Exception {
        assertEquals(json("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":3}"),
                call("{\"jsonrpc\": \"2.0\", \"method\": \"spec.subtract\", \"params\": {\"subtrahend\": 23, \"minuend\": 42}, \"id\": 3}"));
        assertEquals(json("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":4}"),
                call("{\"jsonrpc\": \"2.0\", \"method\": \"spec.subtract\", \"params\": {\"minuend\": 42, \"subtrahend\": 23}, \"id\": 4}"));
    }

    @Test
    public void notificationsGetNoResponseButRun() throws Exception {
        assertNull(raw("{\"jsonrpc\": \"2.0\", \"method\": \"spec.update\", \"params\": [1,2,3,4,5]}"));
        assertNull(raw("{\"jsonrpc\": \"2.0\", \"method\": \"spec.foobar\"}"));
        assertEquals("update 1", spec.notified.get(0));
    }

    @Test
    public void nonExistentMethod() throws Exception {
        JsonNode r = call("{\"jsonrpc\": \"2.0\", \"method\": \"spec.foobar\", \"id\": \"1\"}");
        assertEquals(-32601, r.at("/error/code").asInt());
        assertEquals("Method not found", r.at("/error/message").asText());
        assertEquals("1", r.get("id").textValue());
    }

    @Test
    public void invalidJson() throws Exception {
        JsonNode r = call("{\"jsonrpc\": \"2.0\", \"method\": \"foobar, \"params\": \"bar\", \"baz]");
        assertEquals(-32700, r.at("/error/code").asInt());
        assertEquals("Parse error", r.at("/error/message").asText());
        assertTrue(r.get("id").isNull());
    }

    @Test
    public void invalidRequestObject() throws Exception {
        JsonNode r = call("{\"jsonrpc\": \"2.0\", \"method\": 1, \"params\": \"bar\"}");
        assertEquals(-32600, r.at("/error/code").asInt());
        assertEquals("Invalid Request", r.at("/error/message").asText());
        assertTrue(r.get("id").isNull());
    }

    @Test
    public void batchWithInvalidJson() throws Exception {
        JsonNode r = call("[\n  {\"jsonrpc\": \"2.0\", \"method\": \"spec.sum\", \"params\": [1,2,4], \"id\": \"1\"},\n  {\"jsonrpc\": \"2.0\", \"method\"\n]");
        assertTrue(r.isObject());
        assertEquals(-32700, r.at("/error/code").asInt());
        assertTrue(r.get("id").isNull());
    }

    @Test
    public void emptyArray() throws Exception {
        JsonNode r = call("[]");
        assertTrue("one error object, not an array", r.isObject());
        assertEquals(-32600, r.at("/error/code").asInt());
        assertTrue(r.get("id").isNull());
    }

    @Test
    public void invalidBatchButNotEmpty() throws Exception {
        JsonNode r = call("[1]");
        assertTrue(r.isArray());
        assertEquals(1, r.size());
        assertEquals(-32600, r.at("/0/error/code").asInt());
        assertTrue(r.at("/0/id").isNull());
    }

    @Test
    public void invalidBatch() throws Exception {
        JsonNode r = call("[1,2,3]");
        assertEquals(3, r.size());
        for (JsonNode e : r) {
            assertEquals(-32600, e.at("/error/code").asInt());
            assertTrue(e.get("id").isNull());
        }
    }

    @Test
    public void batch() throws Exception {
        JsonNode r = call("[\n"
                + "        {\"jsonrpc\": \"2.0\", \"method\": \"spec.sum\", \"params\": [1,2,4], \"id\": \"1\"},\n"
                + "        {\"jsonrpc\": \"2.0\", \"method\": \"spec.notify_hello\", \"params\": [7]},\n"
                + "        {\"jsonrpc\": \"2.0\", \"method\": \"spec.subtract\", \"params\": [42,23], \"id\": \"2\"},\n"
                + "        {\"foo\": \"boo\"},\n"
                + "        {\"jsonrpc\": \"2.0\", \"method\": \"foo.get\", \"params\": {\"name\": \"myself\"}, \"id\": \"5\"},\n"
                + "        {\"jsonrpc\": \"2.0\", \"method\": \"spec.get_data\", \"id\": \"9\"} \n"
                + "    ]");
        assertEquals("the notification gets no entry", 5, r.size());
        Set<JsonNode> got = new HashSet<>();
        r.forEach(got::add);
        assertTrue(got.contains(json("{\"jsonrpc\": \"2.0\", \"result\": 7, \"id\": \"1\"}")));
        assertTrue(got.contains(json("{\"jsonrpc\": \"2.0\", \"result\": 19, \"id\": \"2\"}")));
        assertTrue(got.contains(json("{\"jsonrpc\": \"2.0\", \"result\": [\"hello\", 5], \"id\": \"9\"}")));
        assertEquals(1, r.findValues("code").stream().filter(c -> c.asInt() == -32600).count());
        assertEquals(1, r.findValues("code").stream().filter(c -> c.asInt() == -32601).count());
        assertTrue(spec.notified.contains("hello 7"));
    }

    @Test
    public void batchOfNotificationsOnly() throws Exception {
        assertNull(raw("[\n        {\"jsonrpc\": \"2.0\", \"method\": \"spec.notify_sum\", \"params\": [1,2,4]},\n"
                + "        {\"jsonrpc\": \"2.0\", \"method\": \"spec.notify_hello\", \"params\": [7]}\n    ]"));
        assertTrue(spec.notified.contains("sum 7"));
        assertTrue(spec.notified.contains("hello 7"));
    }

    @Test
    public void idsAreEchoedExactly() throws Exception {
        assertEquals("\"id\":\"счётчик-№7 ⚡\"}", tail(raw("{\"jsonrpc\":\"2.0\",\"method\":\"spec.get_data\",\"id\":\"счётчик-№7 ⚡\"}")));
        assertEquals("\"id\":-17}", tail(raw("{\"jsonrpc\":\"2.0\",\"method\":\"spec.get_data\",\"id\":-17}")));
        assertEquals("\"id\":-0.250}", tail(raw("{\"jsonrpc\":\"2.0\",\"method\":\"spec.get_data\",\"id\":-0.250}")));
        assertEquals("\"id\":123456789012345678901234567890}",
                tail(raw("{\"jsonrpc\":\"2.0\",\"method\":\"spec.get_data\",\"id\":123456789012345678901234567890}")));
        assertEquals("\"id\":null}", tail(raw("{\"jsonrpc\":\"2.0\",\"method\":\"spec.get_data\",\"id\":null}")));
    }

    private static String tail(String response) {
        return response.substring(response.lastIndexOf("\"id\":"));
    }

    @Test
    public void idOfAWrongTypeIsAnInvalidRequest() throws Exception {
        for (String id : new String[] { "{}", "[1]", "true" }) {
            JsonNode r = call("{\"jsonrpc\":\"2.0\",\"method\":\"spec.get_data\",\"id\":" + id + "}");
            assertEquals(id, -32600, r.at("/error/code").asInt());
            assertEquals("id", r.at("/error/data/field").asText());
            assertTrue(r.get("id").isNull());
        }
    }

    @Test
    public void jsonrpcMemberMustBeExactly20() throws Exception {
        for (String request : new String[] { "{\"method\":\"spec.get_data\",\"id\":1}",
                "{\"jsonrpc\":\"1.0\",\"method\":\"spec.get_data\",\"id\":1}",
                "{\"jsonrpc\":2.0,\"method\":\"spec.get_data\",\"id\":1}" }) {
            JsonNode r = call(request);
            assertEquals(request, -32600, r.at("/error/code").asInt());
            assertEquals("jsonrpc", r.at("/error/data/field").asText());
            assertEquals(1, r.get("id").asInt());
        }
    }

    @Test
    public void scalarsAndDuplicateKeysAreRefused() throws Exception {
        assertEquals(-32600, call("42").at("/error/code").asInt());
        assertEquals(-32600, call("\"x\"").at("/error/code").asInt());
        assertEquals(-32700, call("").at("/error/code").asInt());
        assertEquals(-32700, call("{\"jsonrpc\":\"2.0\",\"method\":\"spec.get_data\",\"id\":1,\"id\":2}").at("/error/code").asInt());
        assertEquals(-32700, call("{\"jsonrpc\":\"2.0\",\"method\":\"spec.get_data\",\"id\":1} {}").at("/error/code").asInt());
    }

    @Test
    public void nullParamsObjectIsInvalid() throws Exception {
        JsonNode r = call("{\"jsonrpc\":\"2.0\",\"method\":\"spec.get_data\",\"params\":null,\"id\":1}");
        assertEquals(-32600, r.at("/error/code").asInt());
        assertEquals("params", r.at("/error/data/field").asText());
        assertFalse(r.has("result"));
    }
}
