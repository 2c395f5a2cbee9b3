package io.openemp.plugin.degreedays.internal;

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

/**
 * The whole path a client sees: JSON request in, the platform's real dispatcher (schemas, binding, roles,
 * errors), this component, JSON response out. Nothing is mocked.
 */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller VIEWER = Caller.of("ann", Set.of(Roles.VIEWER), "test");

    private StandaloneRegistry registry;

    @Before
    public void start() {
        registry = new StandaloneRegistry();
        registry.add(new DegreeDaysComponent(), "io.openemp.degree-days");
    }

    @After
    public void stop() {
        registry.close();
    }

    private JsonNode call(String request, Caller caller) throws Exception {
        byte[] response = registry.dispatch(request.replace('\'', '"').getBytes(StandardCharsets.UTF_8), caller);
        assertNotNull("a request with an id is answered", response);
        return JSON.readTree(response);
    }

    private JsonNode call(String request) throws Exception {
        return call(request, VIEWER);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    public void computeAnswersEveryLocalDayAndTheTotals() throws Exception {
        // Four 6-hourly observations (interval given), Asia/Shanghai: 1 Jan 00:00Z..18:00Z are 08:00, 14:00, 20:00
        // on 1 Jan and 02:00 on 2 Jan local. Expected per day: 24 h / 6 h = 4.
        // 1 Jan: 3.5, 9.5, 21.3 -> HDD (12.0 + 6.0 + 0) / 3 = 6.00, CDD (21.3 - 18.3) / 3 = 1.00, mean 34.3 / 3 = 11.43
        // 2 Jan: 0.5 -> HDD 15.00, mean 0.50. One observation of 4: incomplete. 1 Jan: 3 of 4 < 0.9 x 4 -> 4: incomplete.
        JsonNode response = call("{'jsonrpc':'2.0','id':7,'method':'degree-days.compute','params':{"
                + "'zone':'Asia/Shanghai','interval':'PT6H','observations':["
                + "{'at':'2024-01-01T00:00:00Z','celsius':3.5},{'at':'2024-01-01T06:00:00Z','celsius':9.5},"
                + "{'at':'2024-01-01T12:00:00Z','celsius':21.3},{'at':'2024-01-01T18:00:00Z','celsius':0.5}]}}");
        assertEquals(json("{'jsonrpc':'2.0','id':7,'result':{'zone':'Asia/Shanghai','heatingBase':15.5,'coolingBase':18.3,"
                + "'interval':'PT6H','minDayCoverage':0.9,'days':["
                + "{'date':'2024-01-01','hdd':6.00,'cdd':1.00,'meanCelsius':11.43,'observations':3,'expectedObservations':4,'complete':false},"
                + "{'date':'2024-01-02','hdd':15.00,'cdd':0.00,'meanCelsius':0.50,'observations':1,'expectedObservations':4,'complete':false}],"
                + "'totals':{'hdd':0.00,'cdd':0.00,'completeDays':0,'incompleteDays':2}}}"), response);
    }

    @Test
    public void degreeDaysAreWrittenWithTwoDecimals() throws Exception {
        byte[] raw = registry.dispatch(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"degree-days.compute\",\"params\":"
                + "{\"zone\":\"UTC\",\"interval\":\"P1D\",\"observations\":[{\"at\":\"2024-01-01T12:00:00Z\",\"celsius\":10}]}}")
                .getBytes(StandardCharsets.UTF_8), VIEWER);
        String text = new String(raw, StandardCharsets.UTF_8);
        assertTrue(text, text.contains("\"hdd\":5.50,\"cdd\":0.00,\"meanCelsius\":10.00"));
    }

    @Test
    public void positionalParamsFollowTheDeclarationOrder() throws Exception {
        // observations, zone, heatingBase, coolingBase, interval: heating base 16.5 on a day at 10.0 -> 6.50 HDD
        JsonNode response = call("{'jsonrpc':'2.0','id':'a','method':'degree-days.compute','params':"
                + "[[{'at':'2024-01-01T12:00:00Z','celsius':10}],'UTC',16.5,null,'P1D']}");
        assertEquals(json("6.50"), response.at("/result/totals/hdd"));
    }

    @Test
    public void basesAnswersTheConfiguredDefaults() throws Exception {
        assertEquals(json("{'jsonrpc':'2.0','id':1,'result':{'heatingBase':15.5,'coolingBase':18.3,'minDayCoverage':0.9}}"),
                call("{'jsonrpc':'2.0','id':1,'method':'degree-days.bases'}"));
    }

    @Test
    public void anEmptySeriesIsAnEmptyResult() throws Exception {
        JsonNode result = call("{'jsonrpc':'2.0','id':1,'method':'degree-days.compute','params':{'zone':'UTC','observations':[]}}")
                .get("result");
        assertEquals(json("[]"), result.get("days"));
        assertEquals(json("{'hdd':0.00,'cdd':0.00,'completeDays':0,'incompleteDays':0}"), result.get("totals"));
    }

    @Test
    public void aMalformedParamsObjectIsInvalidParams() throws Exception {
        String[] malformed = {
            // a temperature that is not a number
            "{'zone':'UTC','observations':[{'at':'2024-01-01T00:00:00Z','celsius':'cold'}]}",
            // an observation without its temperature
            "{'zone':'UTC','observations':[{'at':'2024-01-01T00:00:00Z'}]}",
            // a misspelt field inside an observation
            "{'zone':'UTC','observations':[{'at':'2024-01-01T00:00:00Z','celsius':1,'temp':1}]}",
            // an unknown parameter
            "{'zone':'UTC','observations':[],'base':15}",
            // observations not an array
            "{'zone':'UTC','observations':{'at':'2024-01-01T00:00:00Z','celsius':1}}",
            // a missing required parameter
            "{'observations':[]}",
            // an instant that is not ISO-8601
            "{'zone':'UTC','observations':[{'at':'yesterday','celsius':1}]}",
            // an interval that is not ISO-8601
            "{'zone':'UTC','interval':'hourly','observations':[]}",
        };
        for (String params : malformed) {
            JsonNode response = call("{'jsonrpc':'2.0','id':3,'method':'degree-days.compute','params':" + params + "}");
            assertEquals(params + " -> " + response, -32602, response.at("/error/code").asInt());
            assertEquals(3, response.get("id").asInt());
            assertTrue(response.has("error") && !response.has("result"));
        }
    }

    @Test
    public void anUnknownZoneIsInvalidParamsNamingTheParameter() throws Exception {
        JsonNode response = call("{'jsonrpc':'2.0','id':4,'method':'degree-days.compute','params':"
                + "{'zone':'Asia/Atlantis','observations':[]}}");
        assertEquals(-32602, response.at("/error/code").asInt());
        assertEquals("zone", response.at("/error/data/param").asText());
    }

    @Test
    public void anImpossibleTemperatureAnswersTheApplicationCodeAndTheIndex() throws Exception {
        JsonNode response = call("{'jsonrpc':'2.0','id':5,'method':'degree-days.compute','params':{'zone':'UTC','observations':["
                + "{'at':'2024-01-01T00:00:00Z','celsius':1.5},{'at':'2024-01-01T01:00:00Z','celsius':-120}]}}");
        assertEquals(json("{'jsonrpc':'2.0','id':5,'error':{'code':4101,"
                + "'message':'Temperature out of range: observation 1 is -120.0 °C, outside -90.0..60.0 °C',"
                + "'data':{'index':1,'at':'2024-01-01T01:00:00Z','celsius':-120.0,'minCelsius':-90.0,'maxCelsius':60.0}}}"),
                response);
    }

    @Test
    public void unorderedInstantsAreInvalidParams() throws Exception {
        JsonNode response = call("{'jsonrpc':'2.0','id':6,'method':'degree-days.compute','params':{'zone':'UTC','observations':["
                + "{'at':'2024-01-01T01:00:00Z','celsius':1},{'at':'2024-01-01T00:00:00Z','celsius':2}]}}");
        assertEquals(-32602, response.at("/error/code").asInt());
        assertEquals("observations", response.at("/error/data/param").asText());
    }

    @Test
    public void theViewerRoleIsRequired() throws Exception {
        String request = "{'jsonrpc':'2.0','id':8,'method':'degree-days.bases'}";
        assertEquals(-32001, call(request, Caller.of("bob", Set.of("meter-reader"), "test")).at("/error/code").asInt());
        assertEquals(-32000, call(request, null).at("/error/code").asInt());
        assertEquals(15.5, call(request, Caller.of("root", Set.of(Roles.ADMIN), "test")).at("/result/heatingBase").asDouble(), 0);
    }

    @Test
    public void theRegistryListsAndDescribesTheComponent() throws Exception {
        JsonNode components = call("{'jsonrpc':'2.0','id':1,'method':'rpc.components'}").get("result");
        JsonNode ours = null;
        for (JsonNode c : components) {
            if ("degree-days".equals(c.path("id").asText())) {
                ours = c;
            }
        }
        assertNotNull(components.toString(), ours);
        assertEquals("1.0.0", ours.get("version").asText());
        assertEquals(json("['degree-days.bases','degree-days.compute']"), ours.get("methods"));

        // The OpenRPC description the registry derives from the Java signature and records.
        JsonNode described = call("{'jsonrpc':'2.0','id':2,'method':'rpc.describe','params':{'method':'degree-days.compute'}}")
                .get("result");
        assertEquals(json("['viewer']"), described.get("x-roles"));
        java.util.List<String> names = new java.util.ArrayList<>();
        described.get("params").forEach(p -> names.add(p.get("name").asText() + (p.get("required").asBoolean() ? "" : "?")));
        assertEquals(java.util.List.of("observations", "zone", "heatingBase?", "coolingBase?", "interval?"), names);
        assertEquals(json("['at','celsius']"), described.at("/params/0/schema/items/required"));
        // hdd, cdd and meanCelsius are @Nullable (a day without observations): not promised by the schema.
        assertEquals(json("['complete','date','expectedObservations','observations']"),
                described.at("/result/schema/properties/days/items/required"));
    }
}
