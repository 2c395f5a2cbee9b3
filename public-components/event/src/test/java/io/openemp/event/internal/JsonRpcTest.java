package io.openemp.event.internal;

import static io.openemp.event.internal.Fixture.T0;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/** The methods as a client sees them: JSON in, the platform's real dispatcher, the real store, JSON out. */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller MANAGER = Caller.of("ann", Set.of(Roles.MANAGER), "test");
    private static final Caller VIEWER = Caller.of("vic", Set.of(Roles.VIEWER), "test");

    private static Fixture fixture;
    private StandaloneRegistry registry;

    @BeforeClass
    public static void startStore() {
        fixture = new Fixture();
    }

    @AfterClass
    public static void stopStore() {
        fixture.close();
    }

    @Before
    public void start() {
        fixture.clock.set(T0);
        EventService events = fixture.fresh();
        registry = new StandaloneRegistry();
        registry.add(new AlarmRpc(events), "io.openemp.event");
        registry.add(new EventRpc(events), "io.openemp.event");
    }

    @After
    public void stop() {
        registry.close();
    }

    private JsonNode call(Caller caller, String method, String params) throws Exception {
        String request = "{'jsonrpc':'2.0','id':1,'method':'" + method + "','params':" + params + "}";
        byte[] response = registry.dispatch(request.replace('\'', '"').getBytes(StandardCharsets.UTF_8), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private JsonNode result(Caller caller, String method, String params) throws Exception {
        JsonNode response = call(caller, method, params);
        assertTrue(response.toString(), response.has("result"));
        return response.get("result");
    }

    private JsonNode error(Caller caller, String method, String params) throws Exception {
        JsonNode response = call(caller, method, params);
        assertTrue(response.toString(), response.has("error"));
        return response.get("error");
    }

    @Test
    public void theAlarmLifecycleOverRpc() throws Exception {
        JsonNode raised = result(MANAGER, "alarm.raise",
                "{'source':'M-1','condition':'door-open','severity':'HIGH','message':'cabinet door open'}");
        String id = raised.get("id").asText();
        assertEquals("RAISED", raised.get("state").asText());
        assertEquals("2026-11-25T10:00:00Z", raised.get("firstRaisedAt").asText());
        assertEquals(1, raised.get("count").asInt());
        assertEquals(2, result(MANAGER, "alarm.raise",
                "{'source':'M-1','condition':'door-open','message':'still open'}").get("count").asInt());

        JsonNode list = result(VIEWER, "alarm.list", "{}");
        assertEquals(1, list.size());
        assertEquals(id, list.get(0).get("id").asText());

        assertEquals("ACKNOWLEDGED", result(MANAGER, "alarm.ack", "{'id':'" + id + "','note':'seen'}").get("state").asText());
        JsonNode refused = error(MANAGER, "alarm.close", "{'id':'" + id + "'}");
        assertEquals(Errors.INVALID_TRANSITION, refused.get("code").asInt());
        assertEquals("alarm " + id + " cannot close: it is still active: clear it first", refused.get("message").asText());
        assertEquals("ACKNOWLEDGED", refused.get("data").get("state").asText());
        assertEquals("close", refused.get("data").get("action").asText());
        assertEquals("ACKNOWLEDGED_CLEARED", result(MANAGER, "alarm.clear", "{'id':'" + id + "'}").get("state").asText());
        JsonNode closed = result(MANAGER, "alarm.close", "{'id':'" + id + "'}");
        assertEquals("CLOSED", closed.get("state").asText());
        assertEquals(4, closed.get("history").size() - 1); // raised twice, acknowledged, cleared, closed
        assertEquals(0, result(VIEWER, "alarm.list", "{}").size());
        assertEquals(1, result(VIEWER, "alarm.list", "{'state':'CLOSED'}").size());
        assertEquals(id, result(VIEWER, "alarm.get", "{'id':'" + id + "'}").get("id").asText());

        JsonNode audit = result(VIEWER, "event.query", "{'kind':'audit'}");
        assertEquals(5, audit.size()); // 2 raises, ack, clear, close
        assertEquals("alarm.close", audit.get(0).get("topic").asText());
    }

    @Test
    public void shelvingOverRpc() throws Exception {
        String id = result(MANAGER, "alarm.raise", "{'source':'M-1','condition':'c','message':'m'}").get("id").asText();
        JsonNode shelved = result(MANAGER, "alarm.shelve", "{'id':'" + id + "','minutes':30,'reason':'crew on site'}");
        assertEquals("2026-11-25T10:30:00Z", shelved.get("shelvedUntil").asText());
        assertEquals(0, result(VIEWER, "alarm.list", "{}").size());
        assertEquals(1, result(VIEWER, "alarm.list", "{'includeShelved':true}").size());
        JsonNode tooLong = error(MANAGER, "alarm.shelve", "{'id':'" + id + "','minutes':100000,'reason':'x'}");
        assertEquals(-32602, tooLong.get("code").asInt());
        assertEquals("minutes", tooLong.get("data").get("param").asText());
        assertEquals(false, result(MANAGER, "alarm.unshelve", "{'id':'" + id + "'}").get("shelved").asBoolean());
    }

    @Test
    public void badParamsNameTheirField() throws Exception {
        assertParam("id", error(MANAGER, "alarm.ack", "{'id':'5f0000000000000000000000'}"));
        assertParam("id", error(MANAGER, "alarm.ack", "{'id':'../../etc'}"));
        assertParam("source", error(MANAGER, "alarm.raise", "{'source':'','condition':'c','message':'m'}"));
        assertParam("message", error(MANAGER, "alarm.raise", "{'source':'s','condition':'c','message':'" + "x".repeat(1001) + "'}"));
        assertParam("severity", error(MANAGER, "alarm.raise", "{'source':'s','condition':'c','message':'m','severity':'DIRE'}"));
        assertParam("note", error(MANAGER, "alarm.ack", "{'id':'5f0000000000000000000000','note':'a\\u0000b'}"));
        assertParam("limit", error(VIEWER, "alarm.list", "{'limit':0}"));
        assertParam("limit", error(VIEWER, "alarm.list", "{'limit':1001}"));
        assertParam("kind", error(VIEWER, "event.query", "{'kind':'alarm'}"));
        assertParam("to", error(VIEWER, "event.query", "{'kind':'device','from':'2026-01-02T00:00:00Z','to':'2026-01-01T00:00:00Z'}"));
    }

    private static void assertParam(String param, JsonNode error) {
        assertEquals(error.toString(), -32602, error.get("code").asInt());
        assertEquals(error.toString(), param, error.get("data").get("param").asText());
    }

    @Test
    public void viewersReadButDoNotChange() throws Exception {
        String id = result(MANAGER, "alarm.raise", "{'source':'M-1','condition':'c','message':'m'}").get("id").asText();
        for (String call : new String[] { "alarm.ack", "alarm.clear", "alarm.close", "alarm.unshelve" }) {
            assertEquals(call, -32001, error(VIEWER, call, "{'id':'" + id + "'}").get("code").asInt());
        }
        assertEquals(-32001, error(VIEWER, "alarm.rule.create", "{'rule':{'name':'n','kind':'HIGH','meter':'M-1',"
                + "'readingType':'voltage','threshold':1}}").get("code").asInt());
        assertEquals("RAISED", result(VIEWER, "alarm.get", "{'id':'" + id + "'}").get("state").asText());
    }

    @Test
    public void rulesOverRpc() throws Exception {
        JsonNode rule = result(MANAGER, "alarm.rule.create", "{'rule':{'name':'over-voltage','kind':'HIGH','meter':'M-1',"
                + "'readingType':'voltage-a','threshold':253.0,'deadband':3,'onDelaySeconds':60}}");
        String id = rule.get("id").asText();
        assertEquals("253.0", rule.get("threshold").asText());
        assertEquals(0, rule.get("offDelaySeconds").asInt());
        assertEquals("MEDIUM", rule.get("severity").asText());
        assertEquals("ann", rule.get("createdBy").asText());
        assertEquals(rule, result(VIEWER, "alarm.rule.get", "{'id':'" + id + "'}"));
        assertEquals(1, result(VIEWER, "alarm.rule.list", "{}").size());
        assertEquals(true, result(MANAGER, "alarm.rule.delete", "{'id':'" + id + "'}").get("deleted").asBoolean());
        assertParam("id", error(MANAGER, "alarm.rule.delete", "{'id':'" + id + "'}"));
        assertParam("id", error(VIEWER, "alarm.rule.get", "{'id':'" + id + "'}"));
        assertEquals(2, result(VIEWER, "event.query", "{'kind':'audit'}").size());
    }

    @Test
    public void badRulesAreRefusedNamingTheField() throws Exception {
        String base = "'name':'n','meter':'M-1','readingType':'voltage'";
        assertParam("rule.threshold", error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'HIGH'}}"));
        assertParam("rule.deadband", error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'LOW','threshold':1,'deadband':-1}}"));
        assertParam("rule.onDelaySeconds", error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'HIGH','threshold':1,'onDelaySeconds':-5}}"));
        assertParam("rule.offDelaySeconds", error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'HIGH','threshold':1,'offDelaySeconds':86401}}"));
        assertParam("rule.threshold", error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'RATE_OF_CHANGE','threshold':0}}"));
        assertParam("rule.deadband", error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'RATE_OF_CHANGE','threshold':5,'deadband':5}}"));
        assertParam("rule.threshold", error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'HIGH','threshold':1e300}}"));
        assertParam("rule.intervalSeconds", error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'STALE'}}"));
        assertParam("rule.intervals", error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'STALE','intervalSeconds':900,'intervals':0}}"));
        assertParam("rule.kind", error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'STALE','intervalSeconds':900,'threshold':3}}"));
        assertParam("rule.intervalSeconds", error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'HIGH','threshold':3,'intervalSeconds':900}}"));
        assertParam("rule.meter", error(MANAGER, "alarm.rule.create", "{'rule':{'name':'n','meter':'M 1','readingType':'v','kind':'HIGH','threshold':1}}"));
        assertParam("rule.readingType", error(MANAGER, "alarm.rule.create", "{'rule':{'name':'n','meter':'*','readingType':'$where','kind':'HIGH','threshold':1}}"));
        assertParam("rule.name", error(MANAGER, "alarm.rule.create", "{'rule':{'name':'','meter':'*','readingType':'v','kind':'HIGH','threshold':1}}"));
        // the schema refuses unknown fields and wrong types before the method runs
        assertEquals(-32602, error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'HIGH','threshold':1,'extra':1}}").get("code").asInt());
        assertEquals(-32602, error(MANAGER, "alarm.rule.create", "{'rule':{" + base + ",'kind':'SOMETIMES','threshold':1}}").get("code").asInt());
        assertEquals(0, result(VIEWER, "alarm.rule.list", "{}").size());
    }

    @Test
    public void statsAnswer() throws Exception {
        JsonNode stats = result(VIEWER, "event.stats", "{}");
        assertEquals(0, stats.get("rules").asInt());
        assertEquals(0, stats.get("streamClients").asInt());
        assertTrue(stats.has("lastEventId"));
    }
}
