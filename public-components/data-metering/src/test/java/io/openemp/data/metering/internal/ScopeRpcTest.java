package io.openemp.data.metering.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.internal.store.Databases;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/**
 * Data scope on the metering.* methods, through the real dispatcher on the real store (H2): a province, a city
 * and its counties A and B, each with a station, a customer, an account, a location, a usage point and a meter.
 * Ann (county A) sees and changes only A's records; B's answer exactly like records that do not exist. The city's
 * user, a user of no unit and an admin see both; an unknown user sees nothing.
 */
public class ScopeRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ADMIN = Caller.of("root", Set.of(Roles.ADMIN), "test");
    private static final Caller ANN = Caller.of("ann", Set.of(Roles.MANAGER, Roles.VIEWER), "test");
    private static final Caller BEN = Caller.of("ben", Set.of(Roles.MANAGER, Roles.VIEWER), "test");
    private static final Caller CITY = Caller.of("cyd", Set.of(Roles.VIEWER), "test");
    private static final Caller HQ = Caller.of("hq", Set.of(Roles.VIEWER), "test");
    private static final Caller GHOST = Caller.of("ghost", Set.of(Roles.MANAGER, Roles.VIEWER), "test");

    private StandaloneRegistry registry;
    private String t;

    @Before
    public void start() throws Exception {
        Metering metering = Databases.shared("h2").store();
        t = Databases.tag();
        TreeScopes scopes = new TreeScopes(metering).user("ann", t + "-A").user("ben", t + "-B").user("cyd", t + "-c")
                .user("hq", null);
        registry = new StandaloneRegistry();
        registry.add(new MeteringRpc(metering, new CallerScopes(() -> scopes), Files.createTempDirectory("imp"), null,
                Clock.systemUTC()), "io.openemp.data-metering");
        ok(ADMIN, "orgUnit.create", "{'orgUnit':{'mrid':'{T}-p','name':'P','kind':'PROVINCE','zone':'Asia/Shanghai'}}");
        ok(ADMIN, "orgUnit.create", "{'orgUnit':{'mrid':'{T}-c','name':'C','kind':'CITY','parent':'{T}-p'}}");
        for (String x : new String[] { "A", "B" }) {
            ok(ADMIN, "orgUnit.create", "{'orgUnit':{'mrid':'{T}-X','name':'County X','kind':'COUNTY','parent':'{T}-c'}}".replace("X", x));
            ok(ADMIN, "orgUnit.create", "{'orgUnit':{'mrid':'{T}-X-1','name':'Station','kind':'STATION','parent':'{T}-X'}}".replace("X", x));
            ok(ADMIN, "customer.create", "{'customer':{'mrid':'{T}-cu-X','name':'Cu','kind':'RESIDENTIAL','orgUnit':'{T}-X-1'}}".replace("X", x));
            ok(ADMIN, "account.create", "{'account':{'mrid':'{T}-ac-X','name':'Ac','customer':'{T}-cu-X'}}".replace("X", x));
            ok(ADMIN, "serviceLocation.create", "{'serviceLocation':{'mrid':'{T}-sl-X','name':'Sl','orgUnit':'{T}-X'}}".replace("X", x));
            ok(ADMIN, "usagePoint.create", "{'usagePoint':{'mrid':'{T}-up-X','name':'Up','orgUnit':'{T}-X','serviceLocation':'{T}-sl-X','account':'{T}-ac-X'}}".replace("X", x));
            ok(ADMIN, "meter.create", "{'meter':{'mrid':'{T}-m-X','serialNumber':'1','orgUnit':'{T}-X-1','usagePoint':'{T}-up-X'}}".replace("X", x));
        }
    }

    @After
    public void stop() {
        registry.close();
    }

    private JsonNode call(Caller caller, String method, String params) throws Exception {
        String json = params.replace('\'', '"').replace("{T}", t);
        String request = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"metering." + method + "\",\"params\":" + json + "}";
        byte[] response = registry.dispatch(request.getBytes(java.nio.charset.StandardCharsets.UTF_8), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private JsonNode ok(Caller caller, String method, String params) throws Exception {
        JsonNode response = call(caller, method, params);
        assertTrue(response.toString(), response.has("result"));
        return response.get("result");
    }

    private JsonNode invalid(Caller caller, String method, String params, String param) throws Exception {
        JsonNode response = call(caller, method, params);
        assertEquals(response.toString(), -32602, response.at("/error/code").asInt());
        assertEquals(response.toString(), param, response.at("/error/data/param").asText());
        return response.get("error");
    }

    private List<String> mrids(Caller caller, String list) throws Exception {
        List<String> mrids = new ArrayList<>();
        ok(caller, list + ".list", "{'mridPrefix':'{T}'}").get("items").forEach(i -> mrids.add(i.get("mrid").asText().substring(t.length())));
        return mrids;
    }

    @Test
    public void listsKeepTheCallersCounty() throws Exception {
        assertEquals(List.of("-A", "-A-1"), mrids(ANN, "orgUnit"));
        assertEquals(List.of("-cu-A"), mrids(ANN, "customer"));
        assertEquals(List.of("-ac-A"), mrids(ANN, "account"));
        assertEquals(List.of("-sl-A"), mrids(ANN, "serviceLocation"));
        assertEquals(List.of("-up-A"), mrids(ANN, "usagePoint"));
        assertEquals(List.of("-m-A"), mrids(ANN, "meter"));
        assertEquals(List.of("-m-B"), mrids(BEN, "meter"));
        assertEquals(1, ok(ANN, "meter.list", "{'mridPrefix':'{T}'}").get("total").asInt());
        assertEquals(List.of("-m-A"), mrids(ANN, "meter").subList(0, 1));
        for (Caller everything : new Caller[] { ADMIN, CITY, HQ }) {
            assertEquals(everything.user(), List.of("-m-A", "-m-B"), mrids(everything, "meter"));
            assertEquals(List.of("-cu-A", "-cu-B"), mrids(everything, "customer"));
        }
        assertEquals("an unknown user sees nothing", List.of(), mrids(GHOST, "meter"));
        assertEquals(List.of(), mrids(GHOST, "orgUnit"));
    }

    @Test
    public void filtersNamingAnotherCountyAnswerAsUnknown() throws Exception {
        assertEquals(1, ok(ANN, "meter.list", "{'orgUnit':'{T}-A-1'}").get("total").asInt());
        String out = invalid(ANN, "meter.list", "{'orgUnit':'{T}-B'}", "orgUnit").at("/data/reason").asText();
        String none = invalid(ANN, "meter.list", "{'orgUnit':'{T}-Z'}", "orgUnit").at("/data/reason").asText();
        assertEquals(none.replace("-Z", "-B"), out);
        invalid(ANN, "meter.list", "{'orgUnit':'{T}-c'}", "orgUnit");
        invalid(ANN, "meter.list", "{'customer':'{T}-cu-B'}", "customer");
        invalid(ANN, "usagePoint.list", "{'account':'{T}-ac-B'}", "account");
        invalid(ANN, "usagePoint.list", "{'serviceLocation':'{T}-sl-B'}", "serviceLocation");
        invalid(ANN, "meter.list", "{'usagePoint':'{T}-up-B'}", "usagePoint");
        invalid(ANN, "orgUnit.list", "{'parent':'{T}-c'}", "parent");
        assertEquals(1, ok(ANN, "meter.list", "{'customer':'{T}-cu-A'}").get("total").asInt());
    }

    @Test
    public void anotherCountysRecordsAreNotFound() throws Exception {
        for (String[] kind : new String[][] { { "orgUnit", "-B", "organisation unit" }, { "customer", "-cu-B", "customer" },
                { "account", "-ac-B", "customer account" }, { "serviceLocation", "-sl-B", "service location" },
                { "usagePoint", "-up-B", "usage point" }, { "meter", "-m-B", "meter" } }) {
            JsonNode error = invalid(ANN, kind[0] + ".get", "{'mrid':'{T}" + kind[1] + "'}", "mrid");
            assertEquals("no " + kind[2] + " has the mRID '" + t + kind[1] + "'", error.at("/data/reason").asText());
            ok(BEN, kind[0] + ".get", "{'mrid':'{T}" + kind[1] + "'}");
            ok(ADMIN, kind[0] + ".get", "{'mrid':'{T}" + kind[1] + "'}");
            ok(ANN, kind[0] + ".get", "{'mrid':'{T}" + kind[1].replace("B", "A") + "'}");
        }
    }

    @Test
    public void changesStayInTheCounty() throws Exception {
        ok(ANN, "meter.create", "{'meter':{'mrid':'{T}-m-A2','serialNumber':'2','orgUnit':'{T}-A-1'}}");
        invalid(ANN, "meter.create", "{'meter':{'mrid':'{T}-m-x','serialNumber':'2','orgUnit':'{T}-B-1'}}", "meter.orgUnit");
        invalid(ANN, "meter.create", "{'meter':{'mrid':'{T}-m-x','serialNumber':'2','orgUnit':'{T}-A-1','usagePoint':'{T}-up-B'}}",
                "meter.usagePoint");
        invalid(ANN, "meter.update", "{'meter':{'mrid':'{T}-m-B','serialNumber':'9','orgUnit':'{T}-B-1','usagePoint':'{T}-up-B'}}",
                "meter.mrid");
        invalid(ANN, "meter.update", "{'meter':{'mrid':'{T}-m-A2','serialNumber':'9','orgUnit':'{T}-B-1'}}", "meter.orgUnit");
        assertEquals("9", ok(ANN, "meter.update", "{'meter':{'mrid':'{T}-m-A2','serialNumber':'9','orgUnit':'{T}-A'}}")
                .get("serialNumber").asText());
        invalid(ANN, "customer.create", "{'customer':{'mrid':'{T}-cu-x','name':'X','kind':'RESIDENTIAL','orgUnit':'{T}-B'}}",
                "customer.orgUnit");
        invalid(ANN, "customer.update", "{'customer':{'mrid':'{T}-cu-B','name':'X','kind':'RESIDENTIAL','orgUnit':'{T}-B'}}",
                "customer.mrid");
        invalid(ANN, "account.create", "{'account':{'mrid':'{T}-ac-x','name':'X','customer':'{T}-cu-B'}}", "account.customer");
        invalid(ANN, "account.update", "{'account':{'mrid':'{T}-ac-B','name':'X','customer':'{T}-cu-A'}}", "account.mrid");
        invalid(ANN, "serviceLocation.update", "{'serviceLocation':{'mrid':'{T}-sl-A','name':'X','orgUnit':'{T}-B'}}",
                "serviceLocation.orgUnit");
        invalid(ANN, "usagePoint.create", "{'usagePoint':{'mrid':'{T}-up-x','name':'X','orgUnit':'{T}-A','account':'{T}-ac-B'}}",
                "usagePoint.account");
        invalid(ANN, "usagePoint.create", "{'usagePoint':{'mrid':'{T}-up-x','name':'X','orgUnit':'{T}-A','serviceLocation':'{T}-sl-B'}}",
                "usagePoint.serviceLocation");
        assertEquals("B's records are as they were", "1",
                ok(ADMIN, "meter.get", "{'mrid':'{T}-m-B'}").get("serialNumber").asText());
    }

    @Test
    public void unitsChangeOnlyWithinTheScope() throws Exception {
        ok(ANN, "orgUnit.create", "{'orgUnit':{'mrid':'{T}-A-2','name':'Station 2','kind':'STATION','parent':'{T}-A'}}");
        assertTrue(mrids(ANN, "orgUnit").contains("-A-2"));
        invalid(ANN, "orgUnit.create", "{'orgUnit':{'mrid':'{T}-B-2','name':'S','kind':'STATION','parent':'{T}-B'}}", "orgUnit.parent");
        invalid(ANN, "orgUnit.create", "{'orgUnit':{'mrid':'{T}-top','name':'S','kind':'PROVINCE','zone':'UTC'}}", "orgUnit.parent");
        ok(ANN, "orgUnit.update", "{'orgUnit':{'mrid':'{T}-A','name':'Renamed','kind':'COUNTY','parent':'{T}-c'}}");
        invalid(ANN, "orgUnit.update", "{'orgUnit':{'mrid':'{T}-A','name':'Moved','kind':'COUNTY','parent':'{T}-p'}}", "orgUnit.parent");
        invalid(ANN, "orgUnit.update", "{'orgUnit':{'mrid':'{T}-B','name':'Mine','kind':'COUNTY','parent':'{T}-c'}}", "orgUnit.mrid");
        invalid(ANN, "orgUnit.update", "{'orgUnit':{'mrid':'{T}-A-2','name':'S','kind':'STATION','parent':'{T}-B'}}", "orgUnit.parent");
        assertEquals("County B", ok(ADMIN, "orgUnit.get", "{'mrid':'{T}-B'}").get("name").asText());
    }

    @Test
    public void onlyTheWholePlatformImports() throws Exception {
        JsonNode refused = call(ANN, "import", "{'kind':'METERS','csv':'mrid,serialNumber,orgUnit\\n{T}-m-i,1,{T}-B\\n','dryRun':false}");
        assertEquals(refused.toString(), MeteringRpc.NOT_PERMITTED, refused.at("/error/code").asInt());
        invalid(ANN, "meter.get", "{'mrid':'{T}-m-i'}", "mrid");
        JsonNode done = ok(ADMIN, "import", "{'kind':'METERS','csv':'mrid,serialNumber,orgUnit\\n{T}-m-i,1,{T}-B\\n','dryRun':false}");
        assertEquals(1, done.get("stored").asInt());
        assertTrue(done.get("reportId").isNull());
        assertFalse(done.get("reportNote").asText().isEmpty());
    }
}
