package io.openemp.plugin.efficiency.grid.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/**
 * JSON in and out through the platform's real registry and dispatcher (schemas, binding, roles), this component on
 * the fixture's H2 database: results, CSV in and out, and what careless or hostile clients send.
 */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller MANAGER = Caller.of("mia", Set.of(Roles.MANAGER, Roles.VIEWER), "test");
    private static final Caller VIEWER = Caller.of("vic", Set.of(Roles.VIEWER), "test");
    private static Fixture f;
    private static StandaloneRegistry registry;

    @BeforeClass
    public static void start() throws Exception {
        f = new Fixture();
        registry = new StandaloneRegistry();
        registry.add(f.component, "io.openemp.efficiency-grid");
        ok(MANAGER, "feeders.set", "{'feeder':{'id':'F13','name':'IEEE 13','station':'SZ-NS-1'}}");
        ok(MANAGER, "feeders.assign", "{'feeder':'F13','members':[{'customer':'L13-671'},{'customer':'L13-692'}]}");
    }

    @AfterClass
    public static void stop() {
        registry.close();
        f.close();
    }

    private static JsonNode call(Caller caller, String method, String params) throws Exception {
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", "efficiency-grid." + method);
        request.set("params", JSON.readTree(params.replace('\'', '"')));
        byte[] response = registry.dispatch(JSON.writeValueAsBytes(request), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private static JsonNode ok(Caller caller, String method, String params) throws Exception {
        JsonNode r = call(caller, method, params);
        assertTrue(r.toString(), r.has("result"));
        return r.get("result");
    }

    private static JsonNode invalid(String method, String params, String param) throws Exception {
        JsonNode r = call(MANAGER, method, params);
        assertEquals(r.toString(), -32602, r.at("/error/code").asInt());
        assertEquals(r.toString(), param, r.at("/error/data/param").asText());
        return r;
    }

    private static String record(String id, String customer, String extra) {
        return "{'record':{'id':'" + id + "','customer':'" + customer + "','program':'LED','measure':'lamps',"
                + "'from':'2025-01-01','to':'2025-01-31','avoidedKwh':120.5,'uncertaintyKwh':10,'peakKw':2,"
                + "'source':'MV_RESULT','sourceRef':'mv-1'" + extra + "}}";
    }

    @Test
    public void recordListAndRollUp() throws Exception {
        // its own month, March 2025: other tests record in January
        JsonNode stored = ok(MANAGER, "savings.record", record("j1", "L13-671", "").replace("2025-01", "2025-03"));
        assertEquals("mia", stored.get("recordedBy").asText());
        assertEquals(120.5, stored.at("/record/avoidedKwh").asDouble(), 0);
        ok(MANAGER, "targets.set", "{'targets':[{'scope':'UNIT','id':'SZ-NS-1','period':'2025-03','energyKwh':241}]}");
        JsonNode list = ok(VIEWER, "savings.list", "{'period':'2025-03','unit':'SZ'}");
        assertEquals(1, list.size());
        assertEquals(0, ok(VIEWER, "savings.list", "{'period':'2025-03','unit':'GZ'}").size());
        JsonNode rollup = ok(VIEWER, "rollup", "{'unit':'SZ-NS','period':'2025-03','depth':1}");
        assertEquals("SZ-NS-1", rollup.at("/rows/1/unit").asText());
        assertEquals(50.0, rollup.at("/rows/1/completionPercent").asDouble(), 0); // 120.5 / 241
        assertTrue(rollup.at("/rows/0/completionPercent").isNull());
        JsonNode feeder = ok(VIEWER, "feeder", "{'feeder':'F13','period':'2025-03','coincidenceFactor':0.5}");
        assertEquals(1.0, feeder.get("coincidentPeakKw").asDouble(), 0);
        assertEquals(2, feeder.get("customers").asInt());
        JsonNode csv = ok(VIEWER, "savings.csv", "{'period':'2025-03','customer':'L13-671'}");
        assertTrue(csv.get("csv").asText(), csv.get("csv").asText().contains("j1,L13-671,,LED,lamps,2025-03-01,2025-03-31,120.500,10.000,2.000,MV_RESULT,mv-1,,mia,"));
        assertEquals(1, ok(VIEWER, "targets.list", "{'scope':'UNIT','period':'2025-03'}").size());
    }

    @Test
    public void importIsAllOrNothing() throws Exception {
        String header = "id,customer,program,measure,from,to,avoidedKwh,uncertaintyKwh,peakKw,source,reason\\n";
        String good = "i1,GZ-C1,PUMPS,VSD,2024-03-01,2024-03-31,300,30,4,manual,site survey\\n";
        // the second row's avoided energy is not a number: nothing is stored
        JsonNode bad = invalid("savings.import", "{'csv':'" + header + good + "i2,GZ-C1,PUMPS,VSD2,2024-03-01,2024-03-31,abc,1,1,MANUAL,x\\n'}",
                "csv[1].avoidedKwh");
        assertTrue(bad.toString(), bad.at("/error/data/reason").asText().contains("not a number"));
        assertEquals(0, ok(VIEWER, "savings.list", "{'customer':'GZ-C1','period':'2024'}").size());
        invalid("savings.import", "{'csv':'" + header + good + "i3,GZ-C1,PUMPS,VSD,2024-03-15,2024-04-15,1,1,1,MANUAL,x\\n'}",
                "csv[1].from"); // overlaps row 0: the same measure counted twice
        invalid("savings.import", "{'csv':'" + header + "i4,NOBODY,PUMPS,VSD,2024-03-01,2024-03-31,1,1,1,MANUAL,x\\n'}",
                "csv[0].customer");
        invalid("savings.import", "{'csv':'id,customer,colour\\nx,y,z\\n'}", "csv");
        invalid("savings.import", "{'csv':'" + header + "i5,GZ-C1,PUMPS,VSD,2024-03-01,2024-03-31,1,1,1,MANUAL,\\n'}",
                "csv[0].reason");
        // identifiers cannot start with a formula character
        invalid("savings.import", "{'csv':'" + header + good + "i6,GZ-C1,=HYPERLINK,VSD,2024-04-01,2024-04-30,100,40,1,MANUAL,survey\\n'}",
                "csv[1].program");
        JsonNode stored = ok(MANAGER, "savings.import", "{'csv':'" + header + good + "i7,GZ-C1,LIGHTS,LED,2024-04-01,2024-04-30,100,40,1,MANUAL,survey\\n'}");
        assertEquals(2, stored.get("stored").asInt());
        JsonNode list = ok(VIEWER, "savings.list", "{'customer':'GZ-C1','period':'2024'}");
        assertEquals(2, list.size());
        assertEquals("site survey", list.at("/0/record/reason").asText());
        assertEquals("MANUAL", list.at("/0/record/source").asText());
        JsonNode c = ok(VIEWER, "contributions.csv", "{'unit':'GZ','period':'2024','by':'PROGRAM'}");
        assertEquals(2, c.get("rows").asInt());
        assertEquals("rank,program,name,records,achievedKwh,sharePercent,uncertaintyKwh,peakKw", c.get("csv").asText().split("\r\n")[0]);
        assertEquals("1,PUMPS,,1,300.000,75.00,30.000,4.000", c.get("csv").asText().split("\r\n")[1]);
    }

    @Test
    public void badParamsNameTheField() throws Exception {
        invalid("savings.record", record("b1", "NOBODY", ""), "record.customer");
        invalid("savings.record", record("b2", "L13-671", ",'usagePoint':'UP-A'"), "record.usagePoint"); // NS2-C1's
        invalid("savings.record", record("b3", "L13-671", ",'usagePoint':'UP-NONE'"), "record.usagePoint");
        invalid("savings.record", record("b4", "NS2-C1", ",'usagePoint':'UP-LONE'"), "record.usagePoint"); // no account
        invalid("savings.record", record("b5", "L13-671", "").replace("'uncertaintyKwh':10", "'uncertaintyKwh':-1"),
                "record.uncertaintyKwh");
        invalid("savings.record", record("b6", "L13-671", "").replace("'to':'2025-01-31'", "'to':'2024-12-31'"), "record.to");
        invalid("savings.record", record("b7", "L13-671", "").replace("'sourceRef':'mv-1'", "'sourceRef':null"), "record.sourceRef");
        invalid("savings.record", record("b8", "L13-671", "").replace("120.5", "1.23456"), "record.avoidedKwh");
        invalid("savings.record", record("b9", "L13-671", "").replace("120.5", "1e15"), "record.avoidedKwh");
        invalid("savings.record", record("b 10", "L13-671", ""), "record.id");
        invalid("savings.record", record("b11", "L13-671", "").replace("'2025-01-31'", "'2031-01-31'"), "record.to");
        invalid("savings.record", record("b12", "L13-671", "").replace("'lamps'", "'" + "x".repeat(201) + "'"), "record.measure");
        invalid("savings.record", record("b13", "L13-671", ",'colour':'red'"), "record"); // unknown field (schema)
        ok(MANAGER, "savings.record", record("dup", "L13-692", ""));
        invalid("savings.record", record("dup", "L13-692", "").replace("'lamps'", "'other'"), "record.id");
        invalid("savings.record", record("dup2", "L13-692", ""), "record.from"); // same measure, same month
        invalid("rollup", "{'unit':'NOWHERE','period':'2026'}", "unit");
        invalid("rollup", "{'unit':'GD','period':'2026-13'}", "period");
        invalid("rollup", "{'unit':'GD','period':'2026-Q5'}", "period");
        invalid("rollup", "{'unit':'GD','period':'last year'}", "period");
        invalid("rollup", "{'unit':'GD','period':'2026','depth':-1}", "depth");
        invalid("feeder", "{'feeder':'F13','period':'2026','coincidenceFactor':1.5}", "coincidenceFactor");
        invalid("feeder", "{'feeder':'F13','period':'2026','coincidenceFactor':0}", "coincidenceFactor");
        invalid("feeder", "{'feeder':'F99','period':'2026'}", "feeder");
        invalid("contributions", "{'unit':'GD','feeder':'F13','period':'2026','by':'PROGRAM'}", "unit");
        invalid("contributions", "{'unit':'GD','period':'2026','by':'COLOUR'}", "by");
        invalid("contributions", "{'unit':'GD','period':'2026','by':'PROGRAM','top':0}", "top");
        invalid("targets.set", "{'targets':[{'scope':'UNIT','id':'GD','period':'2026','energyKwh':0}]}", "targets[0].energyKwh");
        invalid("targets.set", "{'targets':[{'scope':'UNIT','id':'GD','period':'2026'}]}", "targets[0].energyKwh");
        invalid("targets.set", "{'targets':[{'scope':'FEEDER','id':'F99','period':'2026','peakKw':5}]}", "targets[0].id");
        invalid("targets.set", "{'targets':[{'scope':'UNIT','id':'GD','period':'2026','peakKw':5},"
                + "{'scope':'UNIT','id':'GD','period':'2026','peakKw':6}]}", "targets[1]");
        invalid("feeders.set", "{'feeder':{'id':'FX','name':'x','station':'SZ'}}", "feeder.station"); // a city
        invalid("feeders.assign", "{'feeder':'F13','members':[{'customer':'L13-671','usagePoint':'UP-A'}]}",
                "members[0].usagePoint");
        invalid("savings.import", "{'csv':'" + "x".repeat(10) + "'}", "csv");
    }

    @Test
    public void oversizedImportIsRefusedWhole() throws Exception {
        GridComponent small = new GridComponent(f.db, f.metering, new Settings(java.math.BigDecimal.ONE, 10, 200, 2));
        try {
            small.savingsImport("id,customer,program,measure,from,to,avoidedKwh,uncertaintyKwh,peakKw,source,reason\n"
                    + "x".repeat(300), MANAGER);
            throw new AssertionError("accepted");
        } catch (io.openemp.plugin.api.RpcException e) {
            assertEquals(-32602, e.code());
            assertTrue(e.getMessage(), e.getMessage().contains("larger than 200 bytes"));
        }
        StringBuilder rows = new StringBuilder("id,customer,program,measure,from,to,avoidedKwh,uncertaintyKwh,peakKw,source,reason\n");
        for (int i = 0; i < 3; i++) {
            rows.append("r").append(i).append(",a,b,c,2024-01-01,2024-01-01,1,1,1,MANUAL,x\n");
        }
        GridComponent fewRows = new GridComponent(f.db, f.metering, new Settings(java.math.BigDecimal.ONE, 10, 100_000, 2));
        try {
            fewRows.savingsImport(rows.toString(), MANAGER);
            throw new AssertionError("accepted");
        } catch (io.openemp.plugin.api.RpcException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("more than 2 rows"));
        }
    }

    @Test
    public void csvTextIsDefused() throws Exception {
        ok(MANAGER, "savings.record", record("inj", "L13-671", "").replace("'lamps'", "'=cmd|calc'").replace("2025-01", "2023-01"));
        String csv = ok(VIEWER, "savings.csv", "{'period':'2023-01'}").get("csv").asText();
        assertTrue(csv, csv.contains(",'=cmd|calc,"));
        assertFalse(csv, csv.contains(",=cmd"));
    }

    @Test
    public void rolesAreEnforced() throws Exception {
        JsonNode r = call(VIEWER, "savings.record", record("v1", "L13-671", ""));
        assertEquals(-32001, r.at("/error/code").asInt());
        r = call(VIEWER, "targets.set", "{'targets':[{'scope':'UNIT','id':'GD','period':'2026','peakKw':5}]}");
        assertEquals(-32001, r.at("/error/code").asInt());
    }

    @Test
    public void discoveryListsTheMethods() throws Exception {
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", "rpc.components");
        JsonNode r = JSON.readTree(registry.dispatch(JSON.writeValueAsBytes(request), VIEWER));
        String text = r.toString();
        for (String m : new String[] { "savings.record", "savings.import", "savings.list", "savings.csv", "targets.set",
                "targets.list", "rollup", "rollup.csv", "feeder", "feeder.csv", "contributions", "contributions.csv",
                "feeders.set", "feeders.assign", "feeders.list" }) {
            assertTrue(m + " in " + text, text.contains("\"efficiency-grid." + m + "\""));
        }
        assertTrue(new String(JSON.writeValueAsBytes(r), StandardCharsets.UTF_8).contains("efficiency-grid"));
    }
}
