package io.openemp.vee.internal;

import static io.openemp.vee.internal.TestDirectory.ENERGY_1H;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.Revision;
import io.openemp.plugin.api.Caller;

/**
 * The {@code vee.*} methods as a client sees them: JSON in, the platform's real dispatcher (schemas, binding,
 * roles), this component on a real reading store and document store, JSON out; good, malformed and hostile calls.
 */
public class JsonRpcTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final Instant T0 = Instant.parse("2024-03-04T00:00:00Z"); // a Monday

    private io.openemp.rpc.internal.StandaloneRegistry registry;
    private String meter;

    @Before
    public void start() {
        registry = new io.openemp.rpc.internal.StandaloneRegistry();
        registry.add(Fixture.component(), "io.openemp.vee");
        meter = Fixture.DIRECTORY.add("RPC", "Europe/Berlin");
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
        JsonNode r = call(method, params, Fixture.MANAGER);
        assertTrue(r.toString(), r.has("result"));
        return r.get("result");
    }

    /** Asserts a -32602 naming {@code param}; returns the reason. */
    private String invalid(String method, String params, String param) throws Exception {
        JsonNode r = call(method, params, Fixture.MANAGER);
        assertEquals(r.toString(), -32602, r.at("/error/code").asInt());
        assertEquals(r.toString(), param, r.at("/error/data/param").asText());
        return r.at("/error/data").toString();
    }

    /** 48 hours of 1 kWh, 2 kWh at 10:00, without 05:00 and 06:00. */
    private void hourlySeries() {
        List<Reading> readings = new ArrayList<>();
        for (int h = 1; h <= 48; h++) {
            if (h != 5 && h != 6) {
                readings.add(Reading.of(meter, ENERGY_1H, T0.plus(Duration.ofHours(h)), h == 10 ? new BigDecimal("9.000") : new BigDecimal("1.000")));
            }
        }
        Fixture.readings().append(readings);
    }

    private String range() {
        return "'meter':'" + meter + "','readingType':'" + ENERGY_1H + "','from':'" + T0.plusSeconds(3600) + "','to':'"
                + T0.plus(Duration.ofHours(49)) + "'";
    }

    @Test
    public void rulesDefaultThenStoredThenDefaultAgain() throws Exception {
        JsonNode defaults = result("vee.rules.get", "{'readingType':'" + ENERGY_1H + "'}");
        assertEquals(JSON.readTree(("{'readingType':'energy.import.1h','gap':true,'spike':{'window':4,'factor':5,'floor':0},"
                + "'negative':true,'zeroDays':3,'register':null,'sumCheck':null,'futureSeconds':300,"
                + "'estimation':{'maxInterpolationIntervals':4,'profileDays':4,'dayType':'SAME_WEEKDAY','scaleToEdges':true},'origin':'default'}").replace('\'', '"')),
                defaults);
        String rules = "{'rules':{'readingType':'energy.import.1h','gap':true,'spike':{'window':6,'factor':2.5,'floor':0.1},"
                + "'negative':false,'zeroDays':null,'register':null,'sumCheck':{'registerType':'energy.import.register','tolerance':0.01,"
                + "'relativeTolerance':0.005},'futureSeconds':null,'estimation':{'maxInterpolationIntervals':2,'profileDays':3,'dayType':'ANY_DAY','scaleToEdges':false}}}";
        try {
            JsonNode stored = result("vee.rules.set", rules);
            assertEquals("stored", stored.get("origin").asText());
            JsonNode got = result("vee.rules.get", "{'readingType':'" + ENERGY_1H + "'}");
            assertEquals(stored, got);
            assertEquals(0, new BigDecimal("2.5").compareTo(got.at("/spike/factor").decimalValue()));
            boolean listed = false;
            for (JsonNode r : result("vee.rules.list", "{}")) {
                listed |= r.get("readingType").asText().equals(ENERGY_1H);
            }
            assertTrue(listed);
        } finally {
            assertTrue(result("vee.rules.delete", "{'readingType':'" + ENERGY_1H + "'}").asBoolean());
        }
        assertEquals(defaults, result("vee.rules.get", "{'readingType':'" + ENERGY_1H + "'}"));
        assertFalse(result("vee.rules.delete", "{'readingType':'" + ENERGY_1H + "'}").asBoolean());
    }

    @Test
    public void badRuleSetsNameTheField() throws Exception {
        String est = "'estimation':{'maxInterpolationIntervals':2,'profileDays':3,'dayType':'ANY_DAY','scaleToEdges':true}";
        String base = "'gap':true,'negative':true,'zeroDays':null,'register':null,'sumCheck':null,'futureSeconds':null," + est;
        invalid("vee.rules.set", "{'rules':{'readingType':'" + ENERGY_1H + "','spike':{'window':4,'factor':1,'floor':0}," + base + "}}", "rules.spike.factor");
        invalid("vee.rules.set", "{'rules':{'readingType':'" + ENERGY_1H + "','spike':{'window':0,'factor':3,'floor':0}," + base + "}}", "rules.spike.window");
        invalid("vee.rules.set", "{'rules':{'readingType':'" + ENERGY_1H + "','spike':{'window':4,'factor':3,'floor':-1}," + base + "}}", "rules.spike.floor");
        invalid("vee.rules.set", "{'rules':{'readingType':'nope','spike':null," + base + "}}", "rules.readingType");
        invalid("vee.rules.set", "{'rules':{'readingType':'energy.import.register','spike':null," + base + "}}", "rules.gap");
        invalid("vee.rules.set", "{'rules':{'readingType':'" + ENERGY_1H + "','spike':null,'gap':true,'negative':true,'zeroDays':400,"
                + "'register':null,'sumCheck':null,'futureSeconds':null," + est + "}}", "rules.zeroDays");
        invalid("vee.rules.set", "{'rules':{'readingType':'" + ENERGY_1H + "','spike':null,'gap':true,'negative':true,'zeroDays':null,"
                + "'register':null,'sumCheck':{'registerType':'" + ENERGY_1H + "','tolerance':0,'relativeTolerance':0},'futureSeconds':null," + est + "}}",
                "rules.sumCheck.registerType");
        invalid("vee.rules.set", "{'rules':{'readingType':'energy.import.register','spike':null,'gap':false,'negative':false,'zeroDays':null,"
                + "'register':{'modulus':100000,'maxStep':null},'sumCheck':null,'futureSeconds':null," + est + "}}", "rules.register.maxStep");
        invalid("vee.rules.set", "{'rules':{'readingType':'" + ENERGY_1H + "','spike':null," + base.replace("'profileDays':3", "'profileDays':0") + "}}",
                "rules.estimation.profileDays");
        // refused by the schema before the method runs: a missing component, an unknown field, a wrong enum
        invalid("vee.rules.set", "{'rules':{'readingType':'" + ENERGY_1H + "','spike':null,'gap':true}}", "rules");
        invalid("vee.rules.set", "{'rules':{'readingType':'" + ENERGY_1H + "','spike':null,'colour':'red'," + base + "}}", "rules");
        invalid("vee.rules.set", "{'rules':{'readingType':'" + ENERGY_1H + "','spike':null," + base.replace("ANY_DAY", "HOLIDAY") + "}}", "rules");
        assertEquals("default", result("vee.rules.get", "{'readingType':'" + ENERGY_1H + "'}").get("origin").asText());
    }

    @Test
    public void mutatingMethodsNeedTheManagerRole() throws Exception {
        hourlySeries();
        assertEquals(-32001, call("vee.validate", "{" + range() + "}", Fixture.VIEWER).at("/error/code").asInt());
        assertEquals(-32001, call("vee.estimate", "{" + range() + "}", Fixture.VIEWER).at("/error/code").asInt());
        assertEquals(-32001, call("vee.rules.delete", "{'readingType':'x'}", Fixture.VIEWER).at("/error/code").asInt());
        assertEquals(-32001, call("vee.edit", "{'meter':'" + meter + "','readingType':'" + ENERGY_1H + "','at':'" + T0.plusSeconds(3600)
                + "','value':1,'reason':'x'}", Fixture.VIEWER).at("/error/code").asInt());
        JsonNode check = call("vee.check", "{" + range() + "}", Fixture.VIEWER).get("result");
        assertEquals(JSON.readTree("{\"vee.gap\":1,\"vee.spike\":1}"), check.get("counts"));
        assertEquals(0, check.get("flagged").asInt());
        assertTrue(Fixture.readings().query(meter, ENERGY_1H, T0.plus(Duration.ofHours(10)), T0.plus(Duration.ofHours(11)), 1)
                .points().get(0).flags().isEmpty());
        JsonNode methods = call("rpc.components", "{}", Fixture.VIEWER);
        assertTrue(methods.toString(), methods.toString().contains("vee.rules.set"));
    }

    @Test
    public void validateFlagsThenEstimateFillsTheGap() throws Exception {
        hourlySeries();
        JsonNode v = result("vee.validate", "{" + range() + "}");
        assertEquals(46, v.get("readings").asInt());
        assertEquals(1, v.get("flagged").asInt());
        JsonNode spike = v.get("findings").get(1);
        assertEquals("vee.spike", spike.get("rule").asText());
        assertEquals(T0.plus(Duration.ofHours(10)).toString(), spike.get("at").asText());
        assertTrue(spike.get("flagged").asBoolean());
        JsonNode e = result("vee.estimate", "{" + range() + "}");
        assertEquals(2, e.get("missing").asInt());
        assertEquals("vee.interpolation", e.at("/estimates/0/method").asText());
        assertEquals(0, BigDecimal.ONE.compareTo(e.at("/estimates/0/value").decimalValue()));
        assertEquals(0, result("vee.estimate", "{" + range() + "}").get("missing").asInt());
    }

    @Test
    public void badRangesNameTheField() throws Exception {
        String mt = "'meter':'" + meter + "','readingType':'" + ENERGY_1H + "'";
        invalid("vee.check", "{'meter':'nobody','readingType':'" + ENERGY_1H + "','from':'2024-01-01T00:00:00Z','to':'2024-01-02T00:00:00Z'}", "meter");
        invalid("vee.check", "{'meter':'" + meter + "','readingType':'nope','from':'2024-01-01T00:00:00Z','to':'2024-01-02T00:00:00Z'}", "readingType");
        invalid("vee.check", "{" + mt + ",'from':'2024-01-02T00:00:00Z','to':'2024-01-01T00:00:00Z'}", "to");
        invalid("vee.check", "{" + mt + ",'from':'2024-01-01T00:00:00Z','to':'2024-01-01T00:00:00Z'}", "to");
        invalid("vee.check", "{" + mt + ",'from':'1990-01-01T00:00:00Z','to':'2024-01-01T00:00:00Z'}", "to");
        invalid("vee.check", "{" + mt + ",'from':'yesterday','to':'2024-01-01T00:00:00Z'}", "from");
        invalid("vee.check", "{" + mt + ",'from':'1960-01-01T00:00:00Z','to':'1960-01-02T00:00:00Z'}", "from");
        invalid("vee.estimate", "{'meter':'" + meter + "','readingType':'energy.import.register','from':'2024-01-01T00:00:00Z','to':'2024-01-02T00:00:00Z'}", "readingType");
        invalid("vee.check", "{" + mt + ",'from':'2024-01-01T00:00:00Z','to':'2024-01-02T00:00:00Z','flag':true}", "flag");
        String hostile = "x".repeat(100_000);
        String reason = invalid("vee.check", "{'meter':'" + hostile + "','readingType':'" + ENERGY_1H + "','from':'2024-01-01T00:00:00Z','to':'2024-01-02T00:00:00Z'}", "meter");
        assertTrue(reason.length() < 300);
    }

    @Test
    public void aReadingInTheFutureIsFound() throws Exception {
        Instant later = Fixture.NOW.plus(Duration.ofHours(2));
        Fixture.readings().append(List.of(Reading.of(meter, ENERGY_1H, Fixture.NOW.minus(Duration.ofHours(1)), BigDecimal.ONE),
                Reading.of(meter, ENERGY_1H, Fixture.NOW, BigDecimal.ONE), Reading.of(meter, ENERGY_1H, later, BigDecimal.ONE)));
        JsonNode r = result("vee.check", "{'meter':'" + meter + "','readingType':'" + ENERGY_1H + "','from':'" + Fixture.NOW.minus(Duration.ofHours(1))
                + "','to':'" + later.plusSeconds(3600) + "'}");
        assertEquals(r.toString(), JSON.readTree("{\"vee.gap\":1,\"vee.future\":1}"), r.get("counts"));
        assertEquals(later.toString(), r.at("/findings/1/at").asText());
    }

    @Test
    public void anEditIsARevisionWithAnAuditEntry() throws Exception {
        hourlySeries();
        Instant at = T0.plus(Duration.ofHours(10));
        result("vee.validate", "{" + range() + "}");
        JsonNode entry = result("vee.edit", "{'meter':'" + meter + "','readingType':'" + ENERGY_1H + "','at':'" + at
                + "','value':1.250,'reason':'meter swap; value from the old meter','rule':'vee.spike'}");
        assertEquals(0, new BigDecimal("9").compareTo(entry.get("oldValue").decimalValue()));
        assertEquals(JSON.readTree("[\"SUSPECT\",\"vee.spike\"]"), entry.get("oldFlags"));
        assertEquals("mia", entry.get("user").asText());
        assertEquals("test", entry.get("transport").asText());
        assertEquals(Fixture.NOW.toString(), entry.get("editedAt").asText());
        List<Revision> history = Fixture.readings().history(meter, ENERGY_1H, at).revisions();
        assertEquals(3, history.size()); // measured, flagged, edited
        assertEquals(0, new BigDecimal("9").compareTo(history.get(0).value()));
        assertEquals(java.util.Set.of("EDITED"), history.get(2).flags());
        assertEquals("vee:edit:mia", history.get(2).source());

        JsonNode page = result("vee.audit", "{'meter':'" + meter + "'}");
        assertEquals(1, page.get("entries").size());
        assertEquals(entry, page.at("/entries/0"));
        assertFalse(page.get("more").asBoolean());
        assertEquals(0, result("vee.audit", "{'meter':'" + meter + "','user':'someone-else'}").get("entries").size());
        assertEquals(0, result("vee.audit", "{'meter':'" + meter + "','from':'" + at.plusSeconds(1) + "'}").get("entries").size());
        assertEquals(1, result("vee.audit", "{'meter':'" + meter + "','from':'" + at + "','to':'" + at.plusSeconds(1) + "'}").get("entries").size());

        // the user's value is not flagged again by the next validation
        JsonNode again = result("vee.validate", "{" + range() + "}");
        assertEquals(0, again.get("flagged").asInt());
        assertEquals(java.util.Set.of("EDITED"), Fixture.readings().query(meter, ENERGY_1H, at, at.plusSeconds(1), 1).points().get(0).flags());

        // a second edit: the trail lists the newest first
        result("vee.edit", "{'meter':'" + meter + "','readingType':'" + ENERGY_1H + "','at':'" + at + "','value':1.3,'reason':'corrected again'}");
        JsonNode two = result("vee.audit", "{'meter':'" + meter + "','limit':1}");
        assertEquals(1, two.get("entries").size());
        assertTrue(two.get("more").asBoolean());
    }

    @Test
    public void badEditsNameTheFieldAndLeaveNoTrace() throws Exception {
        hourlySeries();
        String key = "'meter':'" + meter + "','readingType':'" + ENERGY_1H + "','at':'" + T0.plusSeconds(3600) + "'";
        invalid("vee.edit", "{" + key + ",'value':1,'reason':'  '}", "reason");
        invalid("vee.edit", "{" + key + ",'value':1,'reason':'" + "r".repeat(1001) + "'}", "reason");
        invalid("vee.edit", "{" + key + ",'value':1,'reason':'line\\u0000break'}", "reason");
        invalid("vee.edit", "{" + key + ",'value':1,'reason':'ok','rule':'vee.whatever'}", "rule");
        invalid("vee.edit", "{" + key + ",'value':1.0000000001,'reason':'ok'}", "value");
        invalid("vee.edit", "{" + key + ",'value':'one','reason':'ok'}", "value");
        invalid("vee.edit", "{'meter':'" + meter + "','readingType':'" + ENERGY_1H + "','at':'1960-01-01T00:00:00Z','value':1,'reason':'ok'}", "at");
        invalid("vee.audit", "{'limit':0}", "limit");
        invalid("vee.audit", "{'limit':1001}", "limit");
        assertEquals(0, result("vee.audit", "{'meter':'" + meter + "'}").get("entries").size());
        assertEquals(1, Fixture.readings().history(meter, ENERGY_1H, T0.plusSeconds(3600)).revisions().size());
    }
}
