package io.openemp.plugin.gdw376.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.gdw376.api.Hex;
import io.openemp.plugin.gdw376.api.Samples;
import io.openemp.rpc.internal.StandaloneRegistry;

/** gdw376.decode, .encode, .stats and .layouts through the platform's real registry and dispatcher. */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller VIEWER = Caller.of("ann", Set.of(Roles.VIEWER), "test");
    private static final Caller NOBODY = Caller.of("bob", Set.of(), "test");

    /** One registry for the class (building its schemas takes a while); the stats test makes its own. */
    private static StandaloneRegistry shared;
    private StandaloneRegistry registry;

    @BeforeClass
    public static void startShared() {
        shared = new StandaloneRegistry();
        shared.add(new Gdw376Component(), "io.openemp.protocol-gdw376");
    }

    @AfterClass
    public static void stopShared() {
        shared.close();
    }

    @Before
    public void useShared() {
        registry = shared;
    }

    private JsonNode call(String method, String params, Caller caller) throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
        byte[] response = registry.dispatch(request.getBytes(StandardCharsets.UTF_8), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private JsonNode result(String method, String params) throws Exception {
        JsonNode response = call(method, params, VIEWER);
        assertTrue(response.toString(), response.has("result"));
        return response.get("result");
    }

    private static JsonNode find(JsonNode fields, String... path) {
        JsonNode at = null;
        JsonNode list = fields;
        for (String name : path) {
            at = null;
            for (JsonNode field : list) {
                if (field.get("name").asText().equals(name)) {
                    at = field;
                }
            }
            assertNotNull(name + " in " + list, at);
            list = at.get("parts");
        }
        return at;
    }

    @Test
    public void decodeTakesAReplyApartFieldByField() throws Exception {
        String hex = Hex.format(Samples.get("rafn12f25")).toUpperCase();
        JsonNode result = result("gdw376.decode", "{\"hex\":\"" + hex + "\",\"now\":\"2018-08-28T08:50:00Z\"}");
        assertTrue(result.get("ok").asBoolean());
        assertEquals(93, result.get("length").asInt());
        assertTrue(result.get("rejection").isNull());
        JsonNode fields = result.get("fields");
        JsonNode voltage = find(fields, "unit 1", "p1 F25", "voltageA");
        assertEquals("242.7", voltage.get("value").asText());
        assertEquals("V", voltage.get("unit").asText());
        assertEquals(55, voltage.get("offset").asInt());
        assertEquals("27 24", voltage.get("hex").asText());
        assertTrue(voltage.get("meaning").asText().contains("A.7"));
        assertEquals("8", find(fields, "C", "function").get("value").asText());
        assertEquals("0171", find(fields, "A", "A1").get("value").asText());
        assertEquals("NOT_CHECKED", find(fields, "Tp").get("value").asText());
        assertEquals("0x4A", find(fields, "CS").get("value").asText());
        assertTrue(result.get("summary").asText(), result.get("summary").asText().startsWith("up AFN 0C"));
    }

    @Test
    public void decodeChecksTheTimeTagAgainstTheGivenInstant() throws Exception {
        // qafn12f25 with its allowed delay set to 1 minute: sent 16:49:13 on the 28th (Asia/Shanghai)
        byte[] bytes = Samples.get("qafn12f25");
        bytes[23] = 1;
        bytes[24] = (byte) (bytes[24] + 1);
        String hex = Hex.compact(bytes);
        assertEquals("IN_WINDOW", find(result("gdw376.decode", "{\"hex\":\"" + hex + "\",\"now\":\"2018-08-28T08:50:00Z\"}")
                .get("fields"), "Tp").get("value").asText());
        assertEquals("EXPIRED", find(result("gdw376.decode", "{\"hex\":\"" + hex + "\",\"now\":\"2018-08-28T08:51:00Z\"}")
                .get("fields"), "Tp").get("value").asText());
    }

    @Test
    public void decodeToleratesSpacesLineBreaksAndPrefixes() throws Exception {
        String hex = "0x68,0x32,0x00,0x32,0x00,0x68\\n c9 71 01 22 08 00 02 79 00 00 04 00 e4 16";
        JsonNode result = result("gdw376.decode", "{\"hex\":\"" + hex + "\"}");
        assertTrue(result.toString(), result.get("ok").asBoolean());
        assertEquals("heartbeat 心跳", find(result.get("fields"), "unit 1", "p0 F3").get("meaning").asText());
    }

    @Test
    public void aRejectedFrameGivesItsReasonAndOffsetAndStillShowsWhatItCan() throws Exception {
        byte[] bytes = Samples.get("rafn12f25");
        bytes[91] = 0x00; // checksum
        JsonNode result = result("gdw376.decode", "{\"hex\":\"" + Hex.compact(bytes) + "\"}");
        assertFalse(result.get("ok").asBoolean());
        assertEquals("CHECKSUM", result.get("rejection").get("reason").asText());
        assertEquals(91, result.get("rejection").get("offset").asInt());
        assertEquals("242.7", find(result.get("fields"), "unit 1", "p1 F25", "voltageA").get("value").asText());

        JsonNode broken = result("gdw376.decode", "{\"hex\":\"68 32 00 33 00 68\"}");
        assertEquals("LENGTH_MISMATCH", broken.get("rejection").get("reason").asText());
        assertEquals(3, broken.get("rejection").get("offset").asInt());
    }

    @Test
    public void textThatIsNotHexIsAnInvalidParameter() throws Exception {
        JsonNode response = call("gdw376.decode", "{\"hex\":\"68 3z\"}", VIEWER);
        assertEquals(-32602, response.get("error").get("code").asInt());
        assertEquals("hex", response.get("error").get("data").get("param").asText());
        JsonNode odd = call("gdw376.decode", "{\"hex\":\"683\"}", VIEWER);
        assertEquals(-32602, odd.get("error").get("code").asInt());
    }

    @Test
    public void encodeAnswersALoginWithTheLinkConfirm() throws Exception {
        JsonNode result = result("gdw376.encode", "{\"kind\":\"login-confirm\",\"request\":\""
                + Hex.compact(Samples.get("login")) + "\"}");
        assertEquals("683200320068" + "0b7101220800" + "0068" + "00000100" + "1016", result.get("hex").asText());
        assertTrue(result.get("frame").get("ok").asBoolean());
    }

    @Test
    public void encodeBuildsTheCapturedRealTimeAndHistoryQueries() throws Exception {
        JsonNode realtime = result("gdw376.encode", "{\"kind\":\"realtime-request\",\"area\":\"0171\",\"terminal\":2082,"
                + "\"msa\":1,\"pfc\":11,\"pns\":[1],\"fns\":[25],\"tpDelay\":0,\"now\":\"2018-08-28T08:49:13Z\"}");
        assertEquals(Hex.compact(Samples.get("qafn12f25")), realtime.get("hex").asText());
        JsonNode history = result("gdw376.encode", "{\"kind\":\"history-request\",\"area\":\"0171\",\"terminal\":2082,"
                + "\"pfc\":5,\"pns\":[1],\"fns\":[1],\"day\":\"2018-08-27\",\"tpDelay\":0,\"now\":\"2018-08-28T08:34:05Z\"}");
        assertEquals(Hex.compact(Samples.get("qafn13f1")), history.get("hex").asText());
        JsonNode month = result("gdw376.encode", "{\"kind\":\"history-request\",\"area\":\"0171\",\"terminal\":2082,"
                + "\"pfc\":9,\"pns\":[1],\"fns\":[17],\"month\":\"2018-07\",\"tpDelay\":0,\"now\":\"2018-08-28T08:43:48Z\"}");
        assertEquals(Hex.compact(Samples.get("qafn13f17")), month.get("hex").asText());
    }

    @Test
    public void encodeRefusesWhatItCannotBuild() throws Exception {
        JsonNode noDay = call("gdw376.encode", "{\"kind\":\"history-request\",\"area\":\"0171\",\"terminal\":2082,"
                + "\"fns\":[1]}", VIEWER);
        assertEquals(-32602, noDay.get("error").get("code").asInt());
        JsonNode kind = call("gdw376.encode", "{\"kind\":\"reboot\"}", VIEWER);
        assertEquals("kind", kind.get("error").get("data").get("param").asText());
        JsonNode notLogin = call("gdw376.encode", "{\"kind\":\"login-confirm\",\"request\":\""
                + Hex.compact(Samples.get("rafn12f25")) + "\"}", VIEWER);
        assertEquals("request", notLogin.get("error").get("data").get("param").asText());
        JsonNode badArea = call("gdw376.encode", "{\"kind\":\"realtime-request\",\"area\":\"17\",\"terminal\":1,\"fns\":[25]}", VIEWER);
        assertEquals("area", badArea.get("error").get("data").get("param").asText());
    }

    @Test
    public void statsCountRejectionsByReason() throws Exception {
        registry = new StandaloneRegistry();
        registry.add(new Gdw376Component(), "io.openemp.protocol-gdw376");
        try {
            countRejections();
        } finally {
            registry.close();
        }
    }

    private void countRejections() throws Exception {
        byte[] bytes = Samples.get("login");
        bytes[18] = 0;
        result("gdw376.decode", "{\"hex\":\"" + Hex.compact(bytes) + "\"}");
        result("gdw376.decode", "{\"hex\":\"" + Hex.compact(bytes) + "\"}");
        result("gdw376.decode", "{\"hex\":\"69\"}");
        result("gdw376.decode", "{\"hex\":\"" + Hex.compact(Samples.get("login")) + "\"}");
        JsonNode stats = result("gdw376.stats", "{}");
        assertEquals(1, stats.get("decoded").asLong());
        assertEquals(3, stats.get("rejected").asLong());
        assertEquals(2, stats.get("rejectedByReason").get("CHECKSUM").asLong());
        assertEquals(1, stats.get("rejectedByReason").get("BAD_START").asLong());
        assertEquals(0, stats.get("rejectedByReason").get("OVER_LIMIT").asLong());
        assertEquals(3, stats.get("recent").size());
        assertEquals("69", stats.get("recent").get(2).get("hex").asText());
    }

    @Test
    public void layoutsListTheCatalogue() throws Exception {
        JsonNode layouts = result("gdw376.layouts", "{\"afn\":\"0C\"}");
        JsonNode f25 = null;
        for (JsonNode layout : layouts) {
            assertEquals("0C", layout.get("afn").asText());
            if (layout.get("fn").asInt() == 25) {
                f25 = layout;
            }
        }
        assertNotNull(f25);
        assertEquals("up", f25.get("direction").asText());
        assertEquals(24, f25.get("fields").size());
        assertEquals("A.25", f25.get("fields").get(17).get("format").asText());
        assertEquals("A", f25.get("fields").get(17).get("unit").asText());
        assertTrue(result("gdw376.layouts", "{}").size() > layouts.size());
    }

    @Test
    public void everyMethodNeedsTheViewerRole() throws Exception {
        for (String method : new String[] {"gdw376.decode", "gdw376.stats", "gdw376.encode", "gdw376.layouts"}) {
            JsonNode response = call(method, method.endsWith("decode") ? "{\"hex\":\"68\"}" : "{}", NOBODY);
            assertTrue(method + ": " + response, response.has("error"));
            assertEquals(method + ": forbidden", -32001, response.get("error").get("code").asInt());
        }
        JsonNode components = result("rpc.components", "{}");
        assertTrue(components.toString(), components.toString().contains("gdw376.decode"));
        JsonNode discover = result("rpc.discover", "{}");
        assertTrue(discover.toString().contains("gdw376.encode"));
    }

    @Test
    public void theSharedCodecIsTheServicesCodec() {
        Gdw376Component component = new Gdw376Component();
        assertTrue(component.codec() == component.codec());
        component.codec().decode(new byte[] {0x69});
        assertEquals(1, component.codec().statistics().rejectedCount());
    }

    static {
        // the samples folder exists (sanity for readers running the test alone)
        assertTrue(Files.isDirectory(Samples.folder()));
    }
}
