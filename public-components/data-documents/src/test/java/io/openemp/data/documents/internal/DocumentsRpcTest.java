package io.openemp.data.documents.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/** {@code documents.health} through the platform's real registry and dispatcher. */
public class DocumentsRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Stores stores = new Stores();
    private StandaloneRegistry registry;

    @Before
    public void start() {
        registry = new StandaloneRegistry();
    }

    @After
    public void stop() {
        registry.close();
        stores.close();
    }

    private JsonNode call(String method, Set<String> roles) throws Exception {
        byte[] response = registry.dispatch(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\"}")
                .getBytes(StandardCharsets.UTF_8), Caller.of("ann", roles, "test"));
        assertNotNull(response);
        return JSON.readTree(response);
    }

    @Test
    public void healthOfAWorkingStore() throws Exception {
        DocumentStoreComponent store = stores.start(Map.of("embeddedDataFile", ""));
        store.database("vee");
        registry.add(new DocumentsRpcComponent(store), "io.openemp.data-documents");

        JsonNode result = call("documents.health", Set.of(Roles.VIEWER)).get("result");
        assertNotNull(result);
        assertTrue(result.get("reachable").asBoolean());
        assertEquals("EMBEDDED", result.get("kind").asText());
        assertEquals("127.0.0.1:" + store.connection().embeddedServer().port(), result.get("address").asText());
        assertTrue(result.get("roundTripMillis").isNumber());
        assertTrue(result.get("error").isNull());
        assertEquals("vee", result.get("components").get(0).asText());
        assertTrue(result.get("checkedAt").isTextual());
    }

    @Test
    public void healthSaysWhyAStoreIsUnusable() throws Exception {
        DocumentStoreComponent store = stores.start(Map.of("uri", "mongodb://"));
        registry.add(new DocumentsRpcComponent(store), "io.openemp.data-documents");

        JsonNode result = call("documents.health", Set.of(Roles.VIEWER)).get("result");
        assertFalse(result.get("reachable").asBoolean());
        assertEquals("EXTERNAL", result.get("kind").asText());
        assertTrue(result.get("error").asText(), result.get("error").asText().startsWith("uri is not a valid MongoDB connection string"));
    }

    @Test
    public void healthNeedsTheViewerRole() throws Exception {
        registry.add(new DocumentsRpcComponent(stores.start(Map.of("embeddedDataFile", ""))), "io.openemp.data-documents");
        assertEquals(-32001, call("documents.health", Set.of("operator")).get("error").get("code").asInt());
        assertTrue(call("documents.health", Set.of(Roles.ADMIN)).has("result"));
    }

    @Test
    public void theMethodIsDescribed() throws Exception {
        registry.add(new DocumentsRpcComponent(stores.start(Map.of("embeddedDataFile", ""))), "io.openemp.data-documents");
        byte[] response = registry.dispatch("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"rpc.describe\",\"params\":{\"method\":\"documents.health\"}}"
                .getBytes(StandardCharsets.UTF_8), Caller.of("ann", Set.of(Roles.VIEWER), "test"));
        String text = new String(response, StandardCharsets.UTF_8);
        assertTrue(text, text.contains("roundTripMillis") && text.contains("EXTERNAL"));
    }
}
