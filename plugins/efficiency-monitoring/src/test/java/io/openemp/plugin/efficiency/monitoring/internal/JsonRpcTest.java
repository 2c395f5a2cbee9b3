package io.openemp.plugin.efficiency.monitoring.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/** JSON in and out through the platform's real dispatcher: schemas, binding, roles, errors. */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller MANAGER = Caller.of("mia", Set.of(Roles.MANAGER), "test");
    private static final Caller VIEWER = Caller.of("vic", Set.of(Roles.VIEWER), "test");
    private static StandaloneRegistry registry;

    @BeforeClass
    public static void start() throws Exception {
        Fixture.loadUci();
        registry = new StandaloneRegistry();
        registry.add(Fixture.component(), "io.openemp.efficiency-monitoring");
        ok(call("{'jsonrpc':'2.0','id':1,'method':'efficiency-monitoring.enterpriseSave','params':{'enterprise':"
                + "{'id':'RPC-HH','name':'Household over RPC','zone':'Europe/Paris'}}}", MANAGER));
        ok(call("{'jsonrpc':'2.0','id':2,'method':'efficiency-monitoring.nodeSave','params':{'node':{'id':'rpc-house',"
                + "'enterprise':'RPC-HH','parent':null,'name':'=House','level':'SITE','meters':[{'meter':'UCI-MAIN','sign':1}]}}}",
                MANAGER));
        ok(call("{'jsonrpc':'2.0','id':3,'method':'efficiency-monitoring.nodeSave','params':{'node':{'id':'rpc-kitchen',"
                + "'enterprise':'RPC-HH','parent':'rpc-house','name':'Kitchen','level':'LINE','meters':[{'meter':'UCI-S1','sign':1}]}}}",
                MANAGER));
    }

    @AfterClass
    public static void stop() {
        registry.close();
    }

    private static JsonNode call(String request, Caller caller) throws Exception {
        byte[] response = registry.dispatch(request.replace('\'', '"').getBytes(StandardCharsets.UTF_8), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private static JsonNode ok(JsonNode response) {
        assertTrue(response.toString(), response.has("result"));
        return response.get("result");
    }

    private static void invalid(JsonNode response, String param) {
        assertEquals(response.toString(), -32602, response.at("/error/code").asInt());
        assertEquals(response.toString(), param, response.at("/error/data/param").asText());
    }

    @Test
    public void hierarchyAndStatisticsAsJson() throws Exception {
        JsonNode h = ok(call("{'jsonrpc':'2.0','id':4,'method':'efficiency-monitoring.hierarchy','params':{'enterprise':'RPC-HH'}}",
                VIEWER));
        assertEquals("Europe/Paris", h.at("/enterprise/zone").asText());
        assertEquals("rpc-kitchen", h.at("/nodes/1/id").asText());
        assertEquals("rpc-house", h.at("/nodes/1/parent").asText());

        JsonNode s = ok(call("{'jsonrpc':'2.0','id':5,'method':'efficiency-monitoring.statistics','params':"
                + "{'node':'rpc-house','period':'DAY','date':'2007-02-02'}}", VIEWER));
        assertEquals("2007-02-01T23:00:00Z", s.get("from").asText());
        assertEquals("2007-02-03", s.get("end").asText());
        assertEquals(2, s.get("rows").size());
        assertEquals(96, s.at("/rows/0/readings").asInt());
        assertTrue(s.at("/rows/0/consumptionKwh").isNumber());
        assertTrue(s.at("/rows/0/unaccountedKwh").isNumber());
    }

    @Test
    public void statisticsAsCsvDefuseFormulas() throws Exception {
        JsonNode r = ok(call("{'jsonrpc':'2.0','id':6,'method':'efficiency-monitoring.statisticsCsv','params':"
                + "{'node':'rpc-house','period':'DAY','date':'2007-02-02'}}", VIEWER));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(r.get("csv").asText())).getRecords();
        assertEquals(2, rows.size());
        assertEquals("'=House", rows.get(0).get("name"));
        assertEquals("rpc-kitchen", rows.get(1).get("node"));
        JsonNode s = ok(call("{'jsonrpc':'2.0','id':5,'method':'efficiency-monitoring.statistics','params':"
                + "{'node':'rpc-house','period':'DAY','date':'2007-02-02'}}", VIEWER));
        assertEquals(s.at("/rows/0/consumptionKwh").decimalValue(), new java.math.BigDecimal(rows.get(0).get("consumption_kwh")));
    }

    @Test
    public void aViewerCannotChangeTheHierarchy() throws Exception {
        JsonNode r = call("{'jsonrpc':'2.0','id':7,'method':'efficiency-monitoring.nodeDelete','params':{'id':'rpc-kitchen'}}",
                VIEWER);
        assertEquals(-32001, r.at("/error/code").asInt());
    }

    @Test
    public void badInputNamesTheField() throws Exception {
        invalid(call("{'jsonrpc':'2.0','id':8,'method':'efficiency-monitoring.statistics','params':"
                + "{'node':'rpc-house','period':'WEEK','date':'2007-02-02'}}", VIEWER), "period");
        invalid(call("{'jsonrpc':'2.0','id':9,'method':'efficiency-monitoring.statistics','params':"
                + "{'node':'rpc-house','period':'DAY','date':'2007-02-30'}}", VIEWER), "date");
        invalid(call("{'jsonrpc':'2.0','id':10,'method':'efficiency-monitoring.nodeSave','params':{'node':{'id':'rpc-x',"
                + "'enterprise':'RPC-HH','parent':'rpc-house','name':'X','level':'LINE','meters':[{'meter':'UCI-S2','sign':2}]}}}",
                MANAGER), "node.meters[0].sign");
        invalid(call("{'jsonrpc':'2.0','id':11,'method':'efficiency-monitoring.enterpriseSave','params':{'enterprise':"
                + "{'id':'RPC-HH','name':'x','zone':'Mars/Olympus'}}}", MANAGER), "enterprise.zone");
        invalid(call("{'jsonrpc':'2.0','id':12,'method':'efficiency-monitoring.loadCurve','params':"
                + "{'node':'rpc-house','from':'2007-02-02','to':'2009-02-02'}}", VIEWER), "to");
        invalid(call("{'jsonrpc':'2.0','id':13,'method':'efficiency-monitoring.productionImport','params':"
                + "{'csv':'node,date,quantity,unit\\r\\nrpc-house,2007-02-01,12,t\\r\\nrpc-house,2007-02-02,lots,t\\r\\n'}}", MANAGER),
                "csv");
        JsonNode unknown = call("{'jsonrpc':'2.0','id':14,'method':'efficiency-monitoring.nodeGet','params':{'id':'nope'}}", VIEWER);
        assertEquals(4601, unknown.at("/error/code").asInt());
    }

    @Test
    public void theMethodsAreListed() throws Exception {
        JsonNode r = ok(call("{'jsonrpc':'2.0','id':15,'method':'rpc.components'}", VIEWER));
        String text = r.toString();
        for (String m : List.of("statistics", "statisticsCsv", "loadCurve", "cost", "nodeSave", "productionImport", "tariffSave")) {
            assertTrue(m, text.contains("efficiency-monitoring." + m) || text.contains("\"" + m + "\""));
        }
    }
}
