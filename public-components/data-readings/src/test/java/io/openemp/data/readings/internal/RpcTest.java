package io.openemp.data.readings.internal;

import static io.openemp.data.readings.internal.FixtureDirectory.ENERGY;
import static io.openemp.data.readings.internal.FixtureDirectory.POWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/**
 * The {@code readings.*} methods as a client sees them: JSON in, the platform's real dispatcher (schemas,
 * binding, roles), this component, JSON out; well-formed, malformed and hostile requests. On H2 and PostgreSQL.
 */
@RunWith(Parameterized.class)
public class RpcTest {

    /** Reads numbers as exact decimals, so that a scale sent (1.250) is seen as returned. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final Caller MANAGER = Caller.of("mia", Set.of(Roles.MANAGER, Roles.VIEWER), "test");
    private static final Caller VIEWER = Caller.of("vic", Set.of(Roles.VIEWER), "test");

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return Fixture.BOTH;
    }

    @Parameter
    public String db;

    private StandaloneRegistry registry;
    private String meter;

    @Before
    public void start() {
        registry = new StandaloneRegistry();
        registry.add(new ReadingsComponent(Fixture.store(db)), "io.openemp.data-readings");
        meter = Fixture.meter("Asia/Shanghai");
    }

    @After
    public void stop() {
        registry.close();
    }

    private JsonNode call(String method, String params, Caller caller) throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params.replace('\'', '"') + "}";
        return raw(request, caller);
    }

    private JsonNode raw(String request, Caller caller) throws Exception {
        byte[] response = registry.dispatch(request.getBytes(StandardCharsets.UTF_8), caller);
        assertNotNull("a request with an id is answered", response);
        return JSON.readTree(response);
    }

    private JsonNode result(String method, String params) throws Exception {
        JsonNode response = call(method, params, MANAGER);
        assertTrue(response.toString(), response.has("result"));
        return response.get("result");
    }

    /** The error of a call that must fail with Invalid params; returns its message and data for further checks. */
    private JsonNode invalid(String method, String params) throws Exception {
        JsonNode response = call(method, params, MANAGER);
        assertEquals(response.toString(), -32602, response.path("error").path("code").asInt());
        return response.get("error");
    }

    private String reading(String at, String value) {
        return "{'meter':'" + meter + "','readingType':'" + ENERGY + "','at':'" + at + "','value':" + value + "}";
    }

    private String batch(String... readings) {
        return "{'readings':[" + String.join(",", readings) + "]}";
    }

    @Test
    public void appendAndReadBackThroughEveryMethod() throws Exception {
        JsonNode appended = result("readings.append", batch(
                reading("2024-01-31T15:45:00Z", "1.250"),
                reading("2024-01-31T16:00:00Z", "0.750"),
                "{'meter':'" + meter + "','readingType':'" + ENERGY + "','at':'2024-01-31T16:15:00Z','value':2,'flags':['ESTIMATED'],'source':'estimator'}"));
        assertEquals(JSON.readTree("{\"received\":3,\"inserted\":3,\"revised\":0,\"unchanged\":0}"), appended);

        JsonNode series = result("readings.query", "{'meter':'" + meter + "','readingType':'" + ENERGY
                + "','from':'2024-01-31T00:00:00Z','to':'2024-02-01T00:00:00Z'}");
        assertEquals("1.250", series.at("/points/0/value").decimalValue().toPlainString());
        assertEquals(JSON.readTree("[\"ESTIMATED\"]"), series.at("/points/2/flags"));
        assertEquals("estimator", series.at("/points/2/source").asText());
        assertTrue(series.get("next").isNull());

        // Shanghai: the reading ending 16:00Z closes 31 January; 16:15Z is February's
        JsonNode months = result("readings.aggregate", "{'meter':'" + meter + "','readingType':'" + ENERGY
                + "','from':'2023-12-31T16:00:00Z','to':'2024-02-29T16:00:00Z','period':'P1M'}");
        assertEquals("Asia/Shanghai", months.get("zone").asText());
        assertEquals("2.000", months.at("/periods/0/value").decimalValue().toPlainString());
        assertEquals(2976, months.at("/periods/0/expected").asInt());
        assertEquals("2", months.at("/periods/1/value").decimalValue().toPlainString());

        JsonNode latest = result("readings.latest", "{'meters':['" + meter + "'],'readingType':'" + ENERGY + "'}");
        assertEquals("2024-01-31T16:15:00Z", latest.at("/0/at").asText());

        JsonNode gaps = result("readings.gaps", "{'meter':'" + meter + "','readingType':'" + ENERGY
                + "','from':'2024-01-31T15:45:00Z','to':'2024-01-31T17:00:00Z'}");
        assertEquals("PT15M", gaps.get("interval").asText());
        assertEquals(5, gaps.get("expected").asInt());
        assertEquals(2, gaps.get("missing").asInt());

        result("readings.append", batch(reading("2024-01-31T15:45:00Z", "1.3")));
        JsonNode history = result("readings.history", "{'meter':'" + meter + "','readingType':'" + ENERGY
                + "','at':'2024-01-31T15:45:00Z'}");
        assertEquals(2, history.get("revisions").size());
        assertEquals("1.250", history.at("/revisions/0/value").decimalValue().toPlainString());
        assertTrue(history.at("/revisions/1/supersededAt").isNull());
    }

    @Test
    public void discoverDescribesEveryMethodWithSchemas() throws Exception {
        JsonNode doc = result("rpc.discover", "{}");
        List<String> names = new java.util.ArrayList<>();
        JsonNode append = null;
        for (JsonNode m : doc.get("methods")) {
            if (m.get("name").asText().startsWith("readings.")) {
                names.add(m.get("name").asText());
                if (m.get("name").asText().equals("readings.append")) {
                    append = m;
                }
            }
        }
        names.sort(null);
        assertEquals(List.of("readings.aggregate", "readings.append", "readings.gaps", "readings.history",
                "readings.latest", "readings.query"), names);
        String schema = append.toString();
        assertTrue(schema, schema.contains("\"readingType\"") && schema.contains("\"flags\"") && schema.contains("\"received\""));
    }

    @Test
    public void aViewerMayReadButNotAppend() throws Exception {
        JsonNode denied = call("readings.append", batch(reading("2024-01-01T00:15:00Z", "1")), VIEWER);
        assertEquals(-32001, denied.at("/error/code").asInt());
        JsonNode read = call("readings.query", "{'meter':'" + meter + "','readingType':'" + ENERGY
                + "','from':'2024-01-01T00:00:00Z','to':'2024-01-02T00:00:00Z'}", VIEWER);
        assertTrue(read.toString(), read.has("result"));
        assertEquals(-32000, call("readings.query", "{}", null).at("/error/code").asInt());
    }

    @Test
    public void aBareNaNIsNotJson() throws Exception {
        JsonNode response = call("readings.append", batch(reading("2024-01-01T00:15:00Z", "NaN")), MANAGER);
        assertEquals(-32700, response.at("/error/code").asInt());
    }

    @Test
    public void hostileValuesAreInvalidParamsNamingTheRow() throws Exception {
        String ok = reading("2024-01-01T00:15:00Z", "1");
        String[][] cases = {
            // value of readings[1], the param the error must name
            { "'NaN'", "readings[1].value" },
            { "'Infinity'", "readings[1].value" },
            { "1e999", "readings[1].value" },
            { "-1e999", "readings[1].value" },
            { "12345678901234567890", "readings[1].value" },
            { "0.0000000001", "readings[1].value" },
            { "null", "readings[1].value" },
            { "true", "readings[1].value" },
        };
        for (String[] c : cases) {
            JsonNode error = invalid("readings.append", batch(ok, reading("2024-01-01T00:30:00Z", c[0])));
            assertTrue(c[0] + ": " + error, error.toString().contains(c[1]));
        }
        assertEquals(0, Fixture.store(db).query(meter, ENERGY, Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-02T00:00:00Z"), 10).points().size());
    }

    @Test
    public void hostileInstantsAreInvalidParamsNamingTheRow() throws Exception {
        String ok = reading("2024-01-01T00:15:00Z", "1");
        String[] instants = { "2024-01-01T00:30:00", "2024-01-01", "+99999-01-01T00:00:00Z", "99999-01-01T00:00:00Z",
            "1969-12-31T23:59:59Z", "2100-01-01T00:00:00Z", "2024-01-01T00:30:00.0000001Z", "yesterday", "" };
        for (String at : instants) {
            JsonNode error = invalid("readings.append", batch(ok, reading(at, "1")));
            assertTrue(at + ": " + error, error.toString().contains("readings[1].at"));
        }
        JsonNode numeric = invalid("readings.append", batch(ok, "{'meter':'" + meter + "','readingType':'" + ENERGY
                + "','at':1704067200,'value':1}"));
        assertTrue(numeric.toString(), numeric.toString().contains("readings[1].at"));
    }

    @Test
    public void badRowsAreInvalidParamsNamingTheRowAndField() throws Exception {
        String ok = reading("2024-01-01T00:15:00Z", "1");
        JsonNode unknownMeter = invalid("readings.append", batch(ok, ok.replace(meter, "NO-SUCH-METER").replace("00:15", "00:30")));
        assertEquals("readings[1].meter", unknownMeter.at("/data/param").asText());
        assertEquals("unknown meter 'NO-SUCH-METER'", unknownMeter.at("/data/reason").asText());
        JsonNode unknownType = invalid("readings.append", batch(ok, ok.replace(ENERGY, POWER + "x")));
        assertEquals("readings[1].readingType", unknownType.at("/data/param").asText());
        JsonNode twice = invalid("readings.append", batch(ok, reading("2024-01-01T00:15:00Z", "2")));
        assertEquals("readings[1]", twice.at("/data/param").asText());
        JsonNode misspelt = invalid("readings.append", batch(ok, ok.replace("'value'", "'vaule'")));
        assertTrue(misspelt.toString(), misspelt.toString().contains("readings[1]"));
        JsonNode longMeter = invalid("readings.append", batch(ok, ok.replace(meter, "M".repeat(100_000))));
        assertEquals("readings[1].meter", longMeter.at("/data/param").asText());
        assertTrue("the long text is not echoed", longMeter.toString().length() < 1000);
        JsonNode badFlag = invalid("readings.append", batch(ok, ok.replace("'value':1", "'value':1,'flags':['<script>']")));
        assertEquals("readings[1].flags", badFlag.at("/data/param").asText());
        assertEquals("readings", invalid("readings.append", "{'readings':null}").at("/data/param").asText());
        invalid("readings.append", "{'readings':{}}");
        invalid("readings.append", "{'readings':[1,2,3]}");
        invalid("readings.append", "{'readings':[null]}");
    }

    @Test
    public void aBatchOverTenThousandIsInvalidParams() throws Exception {
        StringBuilder readings = new StringBuilder();
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < 10_001; i++) {
            readings.append(i == 0 ? "" : ",").append(reading(t.plusSeconds(900L * (i + 1)).toString(), "1"));
        }
        JsonNode error = invalid("readings.append", "{'readings':[" + readings + "]}");
        assertEquals("readings", error.at("/data/param").asText());
        assertTrue(error.toString(), error.at("/data/reason").asText().contains("at most 10000"));
    }

    @Test
    public void readMethodsRefuseBadParamsByName() throws Exception {
        String key = "'meter':'" + meter + "','readingType':'" + ENERGY + "'";
        assertEquals("to", invalid("readings.query", "{" + key + ",'from':'2024-01-02T00:00:00Z','to':'2024-01-01T00:00:00Z'}")
                .at("/data/param").asText());
        assertEquals("limit", invalid("readings.query", "{" + key + ",'from':'2024-01-01T00:00:00Z','to':'2024-01-02T00:00:00Z','limit':-1}")
                .at("/data/param").asText());
        invalid("readings.aggregate", "{" + key + ",'from':'2024-01-01T00:00:00Z','to':'2024-01-02T00:00:00Z','period':'P1W'}");
        assertEquals("meter", invalid("readings.history", "{'meter':'X','readingType':'" + ENERGY + "','at':'2024-01-01T00:00:00Z'}")
                .at("/data/param").asText());
        assertEquals("interval", invalid("readings.gaps", "{" + key + ",'from':'2024-01-01T00:00:00Z','to':'2024-01-02T00:00:00Z','interval':'PT0S'}")
                .at("/data/param").asText());
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "'" : ",'").append(meter).append("'");
        }
        assertEquals("meters", invalid("readings.latest", "{'meters':[" + many + "],'readingType':'" + ENERGY + "'}")
                .at("/data/param").asText());
    }
}
