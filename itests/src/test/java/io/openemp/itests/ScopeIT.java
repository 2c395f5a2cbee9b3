package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Data scope in the distribution, over HTTP: as admin a province, a city and its counties A and B, a meter in
 * each county with readings, and a user bound to each county (access.user.create with orgUnit). Each user then
 * sees only their county's meter and its readings and is refused the other's exactly as an unknown meter; the
 * admin sees both.
 */
public class ScopeIT extends PlatformTestSupport {

    private static final String ANN = "scope-ann";
    private static final String BEN = "scope-ben";
    private static final String PASSWORD = "scope-it-password-1";
    private static final String TYPE = "energy.active.forward";

    @Inject
    private FeaturesService features;

    /** Creates a record as admin unless it exists (the suite boots the platform once for all test classes). */
    private void ensure(String kind, String mrid, String record) throws Exception {
        if (call("metering." + kind + ".get", "{\"mrid\":\"" + mrid + "\"}").has("result")) {
            return;
        }
        JsonNode created = call("metering." + kind + ".create", "{\"" + kind + "\":" + record + "}");
        assertTrue(created.toString(), created.has("result"));
    }

    private void ensureUser(String name, String orgUnit) throws Exception {
        if (call("access.user.get", "{\"name\":\"" + name + "\"}").has("result")) {
            return;
        }
        JsonNode created = call("access.user.create", "{\"user\":{\"name\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"orgUnit\":\"" + orgUnit + "\",\"roles\":[\"manager\",\"viewer\"]}}");
        assertTrue(created.toString(), created.has("result"));
    }

    /** Calls {@code method} over HTTP as {@code user}. */
    private JsonNode as(String user, String method, String params) throws Exception {
        HttpResponse<String> response = post(user, PASSWORD,
                "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + ",\"id\":1}");
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static String reading(String meter, String at, String value) {
        return "{\"meter\":\"" + meter + "\",\"readingType\":\"" + TYPE + "\",\"at\":\"" + at + "\",\"value\":" + value + "}";
    }

    private static String query(String meter) {
        return "{\"meter\":\"" + meter + "\",\"readingType\":\"" + TYPE
                + "\",\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-12-01T00:00:00Z\"}";
    }

    private static List<String> mrids(JsonNode page) {
        List<String> mrids = new ArrayList<>();
        page.at("/result/items").forEach(i -> mrids.add(i.get("mrid").asText()));
        return mrids;
    }

    private void seesOnly(String user, String own, String other) throws Exception {
        assertEquals(user, List.of(own), mrids(as(user, "metering.meter.list", "{\"mridPrefix\":\"SCOPE-M\"}")));
        assertTrue(as(user, "metering.meter.get", "{\"mrid\":\"" + own + "\"}").has("result"));
        JsonNode hidden = as(user, "metering.meter.get", "{\"mrid\":\"" + other + "\"}");
        assertEquals(hidden.toString(), -32602, hidden.at("/error/code").asInt());
        assertEquals(hidden.toString(), "no meter has the mRID '" + other + "'", hidden.at("/error/data/reason").asText());

        JsonNode series = as(user, "readings.query", query(own));
        assertEquals(series.toString(), 2, series.at("/result/points").size());
        JsonNode refused = as(user, "readings.query", query(other));
        assertEquals(refused.toString(), -32602, refused.at("/error/code").asInt());
        assertEquals(refused.toString(), "meter", refused.at("/error/data/param").asText());
        assertEquals(refused.toString(), "unknown meter '" + other + "'", refused.at("/error/data/reason").asText());

        JsonNode append = as(user, "readings.append", "{\"readings\":[" + reading(other, "2026-11-25T01:00:00Z", "9") + "]}");
        assertEquals(append.toString(), "readings[0].meter", append.at("/error/data/param").asText());
        JsonNode latest = as(user, "readings.latest", "{\"meters\":[\"SCOPE-MA\",\"SCOPE-MB\"],\"readingType\":\"" + TYPE + "\"}");
        assertEquals(latest.toString(), 1, latest.get("result").size());
        assertEquals(latest.toString(), own, latest.at("/result/0/meter").asText());
        JsonNode aggregate = as(user, "readings.aggregate", query(other).replace("}", ",\"period\":\"P1D\"}"));
        assertEquals(aggregate.toString(), -32602, aggregate.at("/error/code").asInt());
    }

    @Test
    public void eachCountysUserSeesOnlyItsOwnMeterAndReadings() throws Exception {
        features.installFeature("openemp-metering", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        assertTrue(awaitRegistered("metering.readingTypes", null).has("result"));

        ensure("orgUnit", "SCOPE-P", "{\"mrid\":\"SCOPE-P\",\"name\":\"Province\",\"kind\":\"PROVINCE\",\"zone\":\"Asia/Shanghai\"}");
        ensure("orgUnit", "SCOPE-C", "{\"mrid\":\"SCOPE-C\",\"name\":\"City\",\"kind\":\"CITY\",\"parent\":\"SCOPE-P\"}");
        ensure("orgUnit", "SCOPE-A", "{\"mrid\":\"SCOPE-A\",\"name\":\"County A\",\"kind\":\"COUNTY\",\"parent\":\"SCOPE-C\"}");
        ensure("orgUnit", "SCOPE-B", "{\"mrid\":\"SCOPE-B\",\"name\":\"County B\",\"kind\":\"COUNTY\",\"parent\":\"SCOPE-C\"}");
        ensure("meter", "SCOPE-MA", "{\"mrid\":\"SCOPE-MA\",\"serialNumber\":\"A1\",\"orgUnit\":\"SCOPE-A\"}");
        ensure("meter", "SCOPE-MB", "{\"mrid\":\"SCOPE-MB\",\"serialNumber\":\"B1\",\"orgUnit\":\"SCOPE-B\"}");
        JsonNode appended = awaitRegistered("readings.append", "{\"readings\":["
                + reading("SCOPE-MA", "2026-11-25T00:15:00Z", "1.25") + "," + reading("SCOPE-MA", "2026-11-25T00:30:00Z", "2.5") + ","
                + reading("SCOPE-MB", "2026-11-25T00:15:00Z", "3.25") + "," + reading("SCOPE-MB", "2026-11-25T00:30:00Z", "4.5") + "]}");
        assertTrue(appended.toString(), appended.has("result"));
        ensureUser(ANN, "SCOPE-A");
        ensureUser(BEN, "SCOPE-B");

        seesOnly(ANN, "SCOPE-MA", "SCOPE-MB");
        seesOnly(BEN, "SCOPE-MB", "SCOPE-MA");

        JsonNode all = call("metering.meter.list", "{\"mridPrefix\":\"SCOPE-M\"}");
        assertEquals(all.toString(), List.of("SCOPE-MA", "SCOPE-MB"), mrids(all));
        assertEquals(2, call("readings.query", query("SCOPE-MB")).at("/result/points").size());
        assertEquals(2, call("readings.latest", "{\"meters\":[\"SCOPE-MA\",\"SCOPE-MB\"],\"readingType\":\"" + TYPE + "\"}")
                .get("result").size());
        JsonNode scope = call("access.scope", "{\"user\":\"" + ANN + "\"}");
        assertTrue(scope.toString(), scope.toString().contains("SCOPE-A"));
    }
}
