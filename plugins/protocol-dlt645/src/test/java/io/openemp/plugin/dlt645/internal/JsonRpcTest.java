package io.openemp.plugin.dlt645.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/** dlt645.decode, encode, item and stats from JSON request to JSON response through the platform's real dispatcher. */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller VIEWER = Caller.of("ann", Set.of(Roles.VIEWER), "test");

    private StandaloneRegistry registry;

    @Before
    public void start() {
        registry = new StandaloneRegistry();
        registry.add(new Dlt645Component(), "io.openemp.protocol-dlt645");
    }

    @After
    public void stop() {
        registry.close();
    }

    private JsonNode call(String method, String params, Caller caller) throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params.replace('\'', '"') + "}";
        byte[] response = registry.dispatch(request.getBytes(StandardCharsets.UTF_8), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private JsonNode result(String method, String params) throws Exception {
        JsonNode response = call(method, params, VIEWER);
        assertTrue(response.toString(), response.has("result"));
        return response.get("result");
    }

    @Test
    public void decodeGivesEveryFieldWithItsMeaningValueAndUnit() throws Exception {
        JsonNode result = result("dlt645.decode", "{'hex':'fefe 6812907856341268 9106 33343435 3455 76 16'}");
        assertTrue(result.get("ok").asBoolean());
        assertEquals("Read reply from meter 123456789012: 02010100 (voltage, phase A) = 220.1 V", result.get("summary").asText());
        assertEquals(2, result.get("preamble").asInt());
        JsonNode value = result.get("fields").get(7);
        assertEquals(16, value.get("offset").asInt());
        assertEquals("34 55", value.get("hex").asText());
        assertEquals("220.1", value.get("value").asText());
        assertEquals("V", value.get("unit").asText());
        assertEquals("voltage, phase A", value.get("meaning").asText());
        assertEquals("76", result.get("checksum").get("expected").asText());
        assertEquals("76", result.get("checksum").get("found").asText());
        assertEquals("METER_TO_MASTER", result.get("frame").get("direction").asText());
        assertEquals("02010100", result.get("values").get(0).get("dataId").asText());
        assertEquals("220.1", result.get("values").get(0).get("number").decimalValue().toPlainString());
        assertTrue(result.get("rejection").isNull());
    }

    @Test
    public void decodeOfABrokenFrameGivesTheReasonAndOffset() throws Exception {
        JsonNode result = result("dlt645.decode", "{'hex':'68 12 90 78 56 34 12 68 11 04 33 33 34 33 69 16'}");
        assertEquals(false, result.get("ok").asBoolean());
        assertEquals("BAD_CHECKSUM", result.get("rejection").get("reason").asText());
        assertEquals(14, result.get("rejection").get("offset").asInt());
        assertEquals("68", result.get("checksum").get("expected").asText());
        assertEquals("69", result.get("checksum").get("found").asText());
    }

    @Test
    public void encodeMakesAReadRequest() throws Exception {
        JsonNode result = result("dlt645.encode", "{'address':'123456789012','dataId':'00010000'}");
        assertEquals("68 12 90 78 56 34 12 68 11 04 33 33 34 33 68 16", result.get("hex").asText());
        assertEquals(16, result.get("length").asInt());
        assertEquals("forward active energy, total, current", result.get("item").asText());
        JsonNode woken = result("dlt645.encode", "{'address':'161','dataId':'02-01-01-00','preamble':4}");
        assertTrue(woken.get("hex").asText(), woken.get("hex").asText().startsWith("FE FE FE FE 68 61 01 00 00 00 00 68 11 04 33 34 34 35"));
        assertEquals("000000000161", woken.get("address").asText());
    }

    @Test
    public void itemDescribesADataIdentifier() throws Exception {
        JsonNode result = result("dlt645.item", "{'dataId':'0201FF00'}");
        assertEquals("voltage, phase block", result.get("name").asText());
        assertEquals("6 bytes", result.get("length").asText());
        assertEquals(3, result.get("fields").size());
        assertEquals("XXX.X", result.get("fields").get(0).get("format").asText());
        assertEquals("02010300", result.get("members").get(2).asText());
    }

    @Test
    public void statsCountRejectionsByReason() throws Exception {
        result("dlt645.decode", "{'hex':'68 12 90 78 56 34 12 68 11 04 33 33 34 33 69 16'}");
        result("dlt645.decode", "{'hex':'68 12 90 78 56 34 12 68 11 04 33 33 34 33 68 16'}");
        result("dlt645.decode", "{'hex':'69'}");
        JsonNode stats = result("dlt645.stats", "{}");
        assertEquals(1, stats.get("framesDecoded").asLong());
        assertEquals(2, stats.get("rejected").asLong());
        assertEquals(1, stats.get("rejectedByReason").get("BAD_CHECKSUM").asLong());
        assertEquals(1, stats.get("rejectedByReason").get("BAD_START").asLong());
        assertEquals(0, stats.get("rejectedByReason").get("TRUNCATED").asLong());
    }

    @Test
    public void badParamsAreInvalidParamsNamingTheParam() throws Exception {
        String[][] cases = {
                { "dlt645.decode", "{'hex':'68 1'}", "hex" },
                { "dlt645.decode", "{'hex':'zz'}", "hex" },
                { "dlt645.decode", "{'hex':'   '}", "hex" },
                { "dlt645.encode", "{'address':'12345678901B','dataId':'00010000'}", "address" },
                { "dlt645.encode", "{'address':'1','dataId':'0001000'}", "dataId" },
                { "dlt645.encode", "{'address':'1','dataId':'00010000','preamble':17}", "preamble" },
                { "dlt645.item", "{'dataId':'0E000000'}", "dataId" },
        };
        for (String[] c : cases) {
            JsonNode response = call(c[0], c[1], VIEWER);
            assertEquals(response.toString(), -32602, response.get("error").get("code").asInt());
            assertEquals(response.toString(), c[2], response.get("error").get("data").get("param").asText());
        }
        String big = "00".repeat(Dlt645Component.MAX_INPUT + 1);
        assertEquals(-32602, call("dlt645.decode", "{'hex':'" + big + "'}", VIEWER).get("error").get("code").asInt());
    }

    @Test
    public void anUnauthenticatedCallerIsRefused() throws Exception {
        JsonNode response = call("dlt645.decode", "{'hex':'68'}", null);
        assertEquals(-32000, response.get("error").get("code").asInt());
        JsonNode noRole = call("dlt645.stats", "{}", Caller.of("bob", Set.of(), "test"));
        assertTrue(noRole.toString(), noRole.has("error"));
    }

    @Test
    public void theMethodsAreDiscoverable() throws Exception {
        JsonNode components = result("rpc.components", "{}");
        JsonNode dlt645 = null;
        for (JsonNode component : components) {
            if (component.get("id").asText().equals("dlt645")) {
                dlt645 = component;
            }
        }
        assertNotNull(components.toString(), dlt645);
        assertEquals("[\"decode\",\"encode\",\"item\",\"stats\"]", dlt645.get("methods").toString().replace("dlt645.", ""));
    }
}
