package io.openemp.plugin.efficiency.benchmark.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;
import io.openemp.testing.TestDatabases;

/** JSON in and out through the platform's real dispatcher. */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller MANAGER = Caller.of("mia", Set.of(Roles.MANAGER), "test");
    private static final Caller VIEWER = Caller.of("vic", Set.of(Roles.VIEWER), "test");
    private static StandaloneRegistry registry;

    @BeforeClass
    public static void start() throws Exception {
        registry = new StandaloneRegistry();
        registry.add(new BenchmarkComponent(TestDatabases.h2("effbench-rpc"), 5), "io.openemp.efficiency-benchmark");
        for (int i = 1; i <= 6; i++) {
            ok(call("{'jsonrpc':'2.0','id':1,'method':'efficiency-benchmark.enterpriseSave','params':{'enterprise':{'id':'E" + i
                    + "','name':'Mill " + i + "','industry':'22','sizeClass':'MEDIUM','pricePerKwh':0.7,'currency':'CNY'}}}", MANAGER));
        }
        ok(call("{'jsonrpc':'2.0','id':2,'method':'efficiency-benchmark.indicatorSave','params':{'entries':["
                + "{'enterprise':'E1','kind':'PER_AREA','year':2025,'energyKwh':1000,'denominator':10,'unit':'m2'},"
                + "{'enterprise':'E2','kind':'PER_AREA','year':2025,'energyKwh':2000,'denominator':10,'unit':'m2'},"
                + "{'enterprise':'E3','kind':'PER_AREA','year':2025,'energyKwh':3000,'denominator':10,'unit':'m2'},"
                + "{'enterprise':'E4','kind':'PER_AREA','year':2025,'energyKwh':4000,'denominator':10,'unit':'m2'},"
                + "{'enterprise':'E5','kind':'PER_AREA','year':2025,'energyKwh':5000,'denominator':10,'unit':'m2'}]}}", MANAGER));
    }

    @AfterClass
    public static void stop() {
        registry.close();
    }

    private static JsonNode call(String request, Caller caller) throws Exception {
        return JSON.readTree(registry.dispatch(request.replace('\'', '"').getBytes(StandardCharsets.UTF_8), caller));
    }

    private static JsonNode ok(JsonNode response) {
        assertTrue(response.toString(), response.has("result"));
        return response.get("result");
    }

    @Test
    public void rankAsJson() throws Exception {
        // 100, 200, 300, 400, 500 kWh/m2: Q1 at h = 4 x 0.25 + 1 = 2 -> 200; E4 = 400: quartile 3 (median 300, Q3 400),
        // percentile 100 x 3.5 / 5 = 70; excess 200 kWh/m2 x 10 m2 = 2000 kWh x 0.7 = 1400.00
        JsonNode r = ok(call("{'jsonrpc':'2.0','id':3,'method':'efficiency-benchmark.rank','params':"
                + "{'enterprise':'E4','kind':'PER_AREA','year':2025}}", VIEWER));
        assertEquals("RANKED", r.get("status").asText());
        assertEquals(5, r.get("peers").asInt());
        assertEquals(3, r.get("quartile").asInt());
        assertEquals(0, r.get("percentile").decimalValue().compareTo(new java.math.BigDecimal("70")));
        assertEquals(0, r.get("excessMoney").decimalValue().compareTo(new java.math.BigDecimal("1400")));
        assertEquals(0, r.at("/thresholds/bestQuartile").decimalValue().compareTo(new java.math.BigDecimal("200")));
    }

    @Test
    public void errors() throws Exception {
        JsonNode bad = call("{'jsonrpc':'2.0','id':4,'method':'efficiency-benchmark.enterpriseSave','params':{'enterprise':"
                + "{'id':'E9','name':'x','industry':'3100','sizeClass':'MEDIUM'}}}", MANAGER);
        assertEquals(-32602, bad.at("/error/code").asInt());
        assertEquals("enterprise.industry", bad.at("/error/data/param").asText());
        JsonNode size = call("{'jsonrpc':'2.0','id':5,'method':'efficiency-benchmark.enterpriseSave','params':{'enterprise':"
                + "{'id':'E9','name':'x','industry':'31','sizeClass':'HUGE'}}}", MANAGER);
        assertEquals(-32602, size.at("/error/code").asInt());
        JsonNode forbidden = call("{'jsonrpc':'2.0','id':6,'method':'efficiency-benchmark.enterpriseDelete','params':{'id':'E1'}}",
                VIEWER);
        assertEquals(-32001, forbidden.at("/error/code").asInt());
    }
}
