package io.openemp.plugin.efficiency.potential.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;
import io.openemp.testing.TestDatabases;

/** JSON in and out through the platform's real dispatcher, on a real H2 database. */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller MANAGER = Caller.of("mia", Set.of(Roles.MANAGER), "test");
    private static final Caller VIEWER = Caller.of("vic", Set.of(Roles.VIEWER), "test");

    private DataSource db;
    private StandaloneRegistry registry;

    @Before
    public void start() throws Exception {
        db = TestDatabases.h2("effpot");
        registry = new StandaloneRegistry();
        registry.add(new PotentialComponent(db, null, TreeSettings.DEFAULTS, true), "io.openemp.efficiency-potential");
    }

    @After
    public void stop() {
        registry.close();
    }

    private JsonNode call(String request, Caller caller) throws Exception {
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
    public void checksAnswerFiguresInputsAndSentences() throws Exception {
        JsonNode r = ok(call("{'jsonrpc':'2.0','id':1,'method':'efficiency-potential.checks','params':{"
                + "'powerFactor':{'activePowerKw':800,'powerFactor':0.8,'targetPowerFactor':0.95,'monthlyCharge':100000},"
                + "'baseLoad':{'workingLoadKw':500,'baseLoadKw':200,'price':0.6}}}", VIEWER));
        assertEquals(2, r.get("checks").size());
        assertEquals("powerFactor", r.at("/checks/0/check").asText());
        assertEquals(337.05, r.at("/checks/0/figures/requiredKvar").asDouble(), 0);
        assertEquals(0.8, r.at("/checks/0/inputs/powerFactor").asDouble(), 0);
        assertTrue(r.at("/checks/1/sentence").asText().contains("184,800.00"));
        // 69,000.00 + 184,800.00; only the base-load check saves energy (308,000 kWh).
        assertEquals(0, new java.math.BigDecimal("253800.00").compareTo(r.get("totalSavingsPerYear").decimalValue()));
        assertEquals(308000.0, r.get("totalSavingsKwhPerYear").asDouble(), 0);
    }

    @Test
    public void badInputIsRefusedNamingTheField() throws Exception {
        invalid(call("{'jsonrpc':'2.0','id':2,'method':'efficiency-potential.checks','params':{}}", VIEWER), "powerFactor");
        invalid(call("{'jsonrpc':'2.0','id':3,'method':'efficiency-potential.checks','params':{'powerFactor':"
                + "{'activePowerKw':800,'powerFactor':1.2}}}", VIEWER), "powerFactor.powerFactor");
        invalid(call("{'jsonrpc':'2.0','id':4,'method':'efficiency-potential.checks','params':{'peakShift':"
                + "{'peakEnergyKwhPerYear':1000,'shiftableShare':1.5,'peakPrice':1,'valleyPrice':0.3}}}", VIEWER),
                "peakShift.shiftableShare");
        invalid(call("{'jsonrpc':'2.0','id':5,'method':'efficiency-potential.checks','params':{'baseLoad':"
                + "{'workingLoadKw':0,'baseLoadKw':10,'price':0.6}}}", VIEWER), "baseLoad.workingLoadKw");
        invalid(call("{'jsonrpc':'2.0','id':6,'method':'efficiency-potential.checks','params':{'transformer':"
                + "{'unit':{'ratedKva':1000,'noLoadLossKw':1.15,'loadLossKw':10.3},'units':40,'loadKva':300,'price':0.6}}}",
                VIEWER), "transformer.units");
        invalid(call("{'jsonrpc':'2.0','id':7,'method':'efficiency-potential.checks','params':{'transformer':"
                + "{'unit':{'ratedKva':1000,'noLoadLossKw':1.15,'loadLossKw':10.3},'loadKva':300,'price':-1}}}",
                VIEWER), "transformer.price");
        invalid(call("{'jsonrpc':'2.0','id':8,'method':'efficiency-potential.checks','params':{'powerFactor':"
                + "{'activePowerKw':800,'powerFactor':0.8,'adjustmentTable':[{'powerFactor':0.9,'percent':0},"
                + "{'powerFactor':0.90,'percent':1}]}}}", VIEWER), "powerFactor.adjustmentTable[1].powerFactor");
        invalid(call("{'jsonrpc':'2.0','id':9,'method':'efficiency-potential.checks','params':{'powerFactor':"
                + "{'activePowerKw':1e300,'powerFactor':0.8}}}", VIEWER), "powerFactor.activePowerKw");
        // Unknown fields and wrong types are refused by the registry against the schema.
        invalid(call("{'jsonrpc':'2.0','id':10,'method':'efficiency-potential.classify','params':{'features':"
                + "{'loadFactor':0.5,'powerFactor':0.9,'baseLoadShare':0.5,'intensityPercentile':50}}}", VIEWER), "features");
        invalid(call("{'jsonrpc':'2.0','id':11,'method':'efficiency-potential.classify','params':{'features':"
                + "{'loadFactor':0.5,'powerFactor':0.9,'baseLoadShare':0.5,'intensityPercentile':150,'peakShare':0.2}}}",
                VIEWER), "features.intensityPercentile");
    }

    @Test
    public void classifyExplainsThePathAndModelDescribesTheTree() throws Exception {
        JsonNode m = ok(call("{'jsonrpc':'2.0','id':12,'method':'efficiency-potential.model'}", VIEWER));
        assertEquals(385, m.get("cases").asInt());
        assertTrue(m.get("cvAccuracy").asDouble() > m.get("baselineAccuracy").asDouble());
        assertTrue(m.get("library").asText().startsWith("Tribuo"));
        JsonNode c = ok(call("{'jsonrpc':'2.0','id':13,'method':'efficiency-potential.classify','params':{'features':"
                + "{'loadFactor':0.6446,'powerFactor':0.9051,'baseLoadShare':0.9737,'intensityPercentile':41,'peakShare':0.2546}}}",
                VIEWER));
        String potential = c.get("potential").asText();
        assertTrue(Set.of("LOW", "MEDIUM", "HIGH").contains(potential));
        assertTrue(c.get("path").size() >= 1);
        assertTrue(c.get("explanation").asText().endsWith("-> " + potential));
        assertTrue(c.get("explanation").asText(), c.get("explanation").asText().contains(c.at("/path/0/text").asText()));
        assertTrue(c.at("/probabilities/" + potential).asDouble() >= 0.5);
    }

    @Test
    public void trainFromCsvReplacingEverythingAndTheTreeSurvivesARestart() throws Exception {
        StringBuilder csv = new StringBuilder("id,loadFactor,powerFactor,baseLoadShare,intensityPercentile,peakShare,potential\n");
        for (int i = 0; i < 30; i++) {
            double pf = 0.70 + i * 0.01;
            csv.append("k").append(i).append(",0.5,").append(String.format(java.util.Locale.ROOT, "%.2f", pf))
                    .append(",0.4,50,0.3,").append(pf < 0.85 ? "HIGH" : "LOW").append('\n');
        }
        String request = "{'jsonrpc':'2.0','id':14,'method':'efficiency-potential.train','params':{'replace':true,'csv':"
                + JSON.writeValueAsString(csv.toString()).replace('"', '\'') + "}}";
        // A viewer may not train.
        assertEquals(-32001, call(request, VIEWER).at("/error/code").asInt());
        JsonNode m = ok(call(request, MANAGER));
        assertEquals(30, m.get("cases").asInt());
        // Folds of 24 training cases move the split a little: one case of the 30 may fall on the wrong side.
        assertTrue(m.toString(), m.get("cvAccuracy").asDouble() >= 0.95);
        JsonNode c = ok(call("{'jsonrpc':'2.0','id':15,'method':'efficiency-potential.classify','params':{'features':"
                + "{'loadFactor':0.5,'powerFactor':0.8,'baseLoadShare':0.4,'intensityPercentile':50,'peakShare':0.3}}}", VIEWER));
        assertEquals("HIGH", c.get("potential").asText());
        assertTrue(c.get("explanation").asText(), c.get("explanation").asText().startsWith("power factor <= 0.8"));

        // A new component on the same database refits the same tree from the stored cases (no starter set again).
        registry.close();
        registry = new StandaloneRegistry();
        registry.add(new PotentialComponent(db, null, TreeSettings.DEFAULTS, true), "io.openemp.efficiency-potential");
        JsonNode again = ok(call("{'jsonrpc':'2.0','id':16,'method':'efficiency-potential.model'}", VIEWER));
        assertEquals(30, again.get("cases").asInt());
        JsonNode page = ok(call("{'jsonrpc':'2.0','id':17,'method':'efficiency-potential.cases','params':{'offset':28,'limit':5}}", VIEWER));
        assertEquals(30, page.get("total").asInt());
        assertEquals(2, page.get("cases").size());
        // Ordered by id as text: ... k29, k3, ..., k8, k9. k9 has power factor 0.79: HIGH.
        assertEquals("k8", page.at("/cases/0/id").asText());
        assertEquals("k9", page.at("/cases/1/id").asText());
        assertEquals("HIGH", page.at("/cases/1/potential").asText());
        assertEquals(0.79, page.at("/cases/1/features/powerFactor").asDouble(), 0);
    }

    @Test
    public void trainingRefusalsLeaveTheStoreAndTheModelAlone() throws Exception {
        String one = "{'jsonrpc':'2.0','id':18,'method':'efficiency-potential.train','params':{'replace':true,'cases':["
                + "{'features':{'loadFactor':0.5,'powerFactor':0.9,'baseLoadShare':0.5,'intensityPercentile':50,'peakShare':0.2},'potential':'LOW'},"
                + "{'features':{'loadFactor':0.6,'powerFactor':0.9,'baseLoadShare':0.5,'intensityPercentile':50,'peakShare':0.2},'potential':'HIGH'}]}}";
        JsonNode r = call(one, MANAGER);
        invalid(r, "cases");
        assertTrue(r.toString(), r.at("/error/data/reason").asText().contains("at least 20"));
        invalid(call("{'jsonrpc':'2.0','id':19,'method':'efficiency-potential.train','params':{'cases':["
                + "{'features':{'loadFactor':0.5,'powerFactor':0.9,'baseLoadShare':0.5,'intensityPercentile':50,'peakShare':0.2},'potential':'low'}]}}",
                MANAGER), "cases[0].potential");
        invalid(call("{'jsonrpc':'2.0','id':20,'method':'efficiency-potential.train','params':{'csv':'id,loadFactor\\nx,0.5'}}",
                MANAGER), "csv");
        invalid(call("{'jsonrpc':'2.0','id':21,'method':'efficiency-potential.train','params':{'csv':"
                + "'id,loadFactor,powerFactor,baseLoadShare,intensityPercentile,peakShare,potential\\nx,abc,0.9,0.5,50,0.2,LOW'}}",
                MANAGER), "csv");
        invalid(call("{'jsonrpc':'2.0','id':22,'method':'efficiency-potential.train','params':{'csv':"
                + "'id,loadFactor,powerFactor,baseLoadShare,intensityPercentile,peakShare,potential\\nx; DROP TABLE x,0.5,0.9,0.5,50,0.2,LOW'}}",
                MANAGER), "csv[0].id");
        // An unbalanced quote: the CSV parser's complaint, on csv.
        invalid(call("{'jsonrpc':'2.0','id':22,'method':'efficiency-potential.train','params':{'csv':"
                + "'id,loadFactor,powerFactor,baseLoadShare,intensityPercentile,peakShare,potential\\n\\'x,0.5,0.9,0.5,50,0.2,LOW'}}",
                MANAGER), "csv");
        JsonNode m = ok(call("{'jsonrpc':'2.0','id':23,'method':'efficiency-potential.model'}", VIEWER));
        assertEquals(385, m.get("cases").asInt());
        assertEquals(385, ok(call("{'jsonrpc':'2.0','id':24,'method':'efficiency-potential.cases','params':{'limit':1}}", VIEWER))
                .get("total").asInt());
    }

    @Test
    public void importStoresWithoutRetraining() throws Exception {
        JsonNode r = ok(call("{'jsonrpc':'2.0','id':25,'method':'efficiency-potential.casesImport','params':{'cases':["
                + "{'id':'audit-1','features':{'loadFactor':0.3,'powerFactor':0.8,'baseLoadShare':1.2,'intensityPercentile':90,'peakShare':0.4},"
                + "'potential':'HIGH','source':'audit-2026'}]}}", MANAGER));
        assertEquals(1, r.get("imported").asInt());
        assertEquals(386, r.get("total").asInt());
        assertTrue(r.get("modelStale").asBoolean());
        assertEquals(385, ok(call("{'jsonrpc':'2.0','id':26,'method':'efficiency-potential.model'}", VIEWER)).get("cases").asInt());
        assertEquals(386, ok(call("{'jsonrpc':'2.0','id':27,'method':'efficiency-potential.train'}", MANAGER)).get("cases").asInt());
        invalid(call("{'jsonrpc':'2.0','id':28,'method':'efficiency-potential.casesImport','params':{}}", MANAGER), "cases");
        invalid(call("{'jsonrpc':'2.0','id':29,'method':'efficiency-potential.cases','params':{'limit':5000}}", VIEWER), "limit");
    }

    @Test
    public void withoutCasesThereIsNoModel() throws Exception {
        registry.close();
        registry = new StandaloneRegistry();
        registry.add(new PotentialComponent(TestDatabases.h2("effpot-empty"), null, TreeSettings.DEFAULTS, false),
                "io.openemp.efficiency-potential");
        JsonNode r = call("{'jsonrpc':'2.0','id':30,'method':'efficiency-potential.model'}", VIEWER);
        assertEquals(r.toString(), PotentialComponent.NO_MODEL, r.at("/error/code").asInt());
        JsonNode p = call("{'jsonrpc':'2.0','id':32,'method':'efficiency-potential.profile','params':{'meter':'M1',"
                + "'activeType':'a','reactiveType':'r','from':'2026-01-01T00:00:00Z','to':'2026-02-01T00:00:00Z','intensityPercentile':50}}",
                VIEWER);
        assertEquals(p.toString(), PotentialComponent.READINGS_UNAVAILABLE, p.at("/error/code").asInt());
        JsonNode list = ok(call("{'jsonrpc':'2.0','id':31,'method':'rpc.components'}", VIEWER));
        assertTrue(list.toString(), list.toString().contains("efficiency-potential.classify"));
        assertFalse(list.toString().contains("failed"));
    }
}
