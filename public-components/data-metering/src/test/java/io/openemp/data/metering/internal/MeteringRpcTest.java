package io.openemp.data.metering.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.openemp.data.metering.internal.store.Databases;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/**
 * The metering.* methods as a client sees them: JSON in, the platform's real registry and dispatcher (schemas,
 * binding, roles), this component on a real database, JSON out. Includes what a hostile or careless client sends.
 */
@RunWith(Parameterized.class)
public class MeteringRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller VIEWER = Caller.of("vera", Set.of(Roles.VIEWER), "test");
    private static final Caller MANAGER = Caller.of("max", Set.of(Roles.MANAGER, Roles.VIEWER), "test");

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] { "h2" }, new Object[] { "postgres" });
    }

    @Parameter
    public String database;

    private StandaloneRegistry registry;
    private Path importFolder;
    private String t;

    @Before
    public void start() throws Exception {
        importFolder = Files.createTempDirectory("metering-import");
        registry = new StandaloneRegistry();
        registry.add(new MeteringRpc(Databases.shared(database).store(), importFolder), "io.openemp.data-metering");
        t = Databases.tag();
        ok(MANAGER, "orgUnit.create", "{'orgUnit':{'mrid':'{T}-p','name':'Guangdong','kind':'PROVINCE','zone':'Asia/Shanghai'}}");
        ok(MANAGER, "orgUnit.create", "{'orgUnit':{'mrid':'{T}-c','name':'Shenzhen','kind':'CITY','parent':'{T}-p'}}");
    }

    @After
    public void stop() {
        registry.close();
    }

    /** Sends {@code method} with {@code params} (single quotes for double, {T} for the tag); returns the response. */
    private JsonNode call(Caller caller, String method, String params) throws Exception {
        return call(caller, method, params == null ? null : JSON.readTree(params.replace('\'', '"').replace("{T}", t)));
    }

    /** Sends {@code method} with {@code params} as they are. */
    private JsonNode call(Caller caller, String method, JsonNode params) throws Exception {
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", "metering." + method);
        if (params != null) {
            request.set("params", params);
        }
        byte[] response = registry.dispatch(JSON.writeValueAsBytes(request), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private JsonNode ok(Caller caller, String method, String params) throws Exception {
        JsonNode response = call(caller, method, params);
        assertTrue(response.toString(), response.has("result"));
        return response.get("result");
    }

    /** The error of a call that must fail with {@code code}; returns it. */
    private JsonNode error(Caller caller, String method, String params, int code) throws Exception {
        JsonNode response = call(caller, method, params);
        assertTrue(response.toString(), response.has("error"));
        assertEquals(response.toString(), code, response.at("/error/code").asInt());
        return response.get("error");
    }

    /** An invalid-params error naming {@code param}. */
    private JsonNode invalid(Caller caller, String method, String params, String param) throws Exception {
        JsonNode error = error(caller, method, params, -32602);
        assertEquals(error.toString(), param, error.at("/data/param").asText());
        return error;
    }

    @Test
    public void readingTypesAnswerTheRegistry() throws Exception {
        JsonNode types = ok(VIEWER, "readingTypes", null);
        assertEquals(20, types.size());
        assertEquals(JSON.readTree("{\"code\":\"energy.active.forward\",\"key\":1,\"name\":\"15-minute bulkQuantity forward active energy (kWh)\","
                + "\"measurementKind\":\"ENERGY\",\"flowDirection\":\"FORWARD\",\"phase\":null,\"unit\":\"kWh\",\"intervalMinutes\":15,"
                + "\"accumulation\":\"CUMULATIVE\"}"), types.get(0));
        assertEquals("cosφ", types.get(17).get("unit").asText());
    }

    @Test
    public void rolesAreEnforced() throws Exception {
        error(VIEWER, "customer.create", "{'customer':{'mrid':'{T}-x','name':'X','kind':'OTHER','orgUnit':'{T}-c'}}", -32001);
        error(VIEWER, "import", "{'kind':'CUSTOMERS','csv':'mrid'}", -32001);
        error(null, "readingTypes", null, -32000);
        error(Caller.of("nobody", Set.of(), "test"), "customer.list", "{}", -32001);
    }

    @Test
    public void aCustomerIsCreatedReadUpdatedAndListed() throws Exception {
        JsonNode created = ok(MANAGER, "customer.create",
                "{'customer':{'mrid':'{T}-cu','name':'Ann Lee','kind':'RESIDENTIAL','orgUnit':'{T}-c','phone':'+86 755 1'}}");
        assertEquals("ACTIVE", created.get("status").asText());
        assertEquals(1, created.get("version").asInt());
        assertEquals(created, ok(VIEWER, "customer.get", "{'mrid':'{T}-cu'}"));
        JsonNode updated = ok(MANAGER, "customer.update",
                "{'customer':{'mrid':'{T}-cu','name':'Ann Lee','kind':'RESIDENTIAL','orgUnit':'{T}-c','status':'INACTIVE'},'expectedVersion':1}");
        assertEquals(2, updated.get("version").asInt());
        assertTrue(updated.get("phone").isNull());
        invalid(MANAGER, "customer.update",
                "{'customer':{'mrid':'{T}-cu','name':'B','kind':'RESIDENTIAL','orgUnit':'{T}-c'},'expectedVersion':1}", "expectedVersion");
        JsonNode page = ok(VIEWER, "customer.list", "{'orgUnit':'{T}-p','status':'INACTIVE','limit':5}");
        assertEquals(1, page.get("total").asInt());
        assertEquals(5, page.get("limit").asInt());
        assertEquals(t + "-cu", page.at("/items/0/mrid").asText());
        assertEquals(0, ok(VIEWER, "customer.list", "{'orgUnit':'{T}-p','status':'ACTIVE'}").get("total").asInt());
    }

    @Test
    public void theWholeChainReadsBack() throws Exception {
        ok(MANAGER, "customer.create", "{'customer':{'mrid':'{T}-cu','name':'Plant','kind':'COMMERCIAL_INDUSTRIAL','orgUnit':'{T}-c'}}");
        ok(MANAGER, "account.create", "{'account':{'mrid':'{T}-ac','name':'Plant power','customer':'{T}-cu','billingCycle':'monthly-01'}}");
        ok(MANAGER, "serviceLocation.create", "{'serviceLocation':{'mrid':'{T}-l','name':'Gate 2','orgUnit':'{T}-c','latitude':22.5431,'longitude':114.0579}}");
        ok(MANAGER, "usagePoint.create", "{'usagePoint':{'mrid':'{T}-u','name':'10 kV supply','orgUnit':'{T}-c','serviceLocation':'{T}-l','account':'{T}-ac','phaseCode':'ABC','nominalVoltage':10000}}");
        JsonNode meter = ok(MANAGER, "meter.create", "{'meter':{'mrid':'{T}-m','serialNumber':'3401','orgUnit':'{T}-c','usagePoint':'{T}-u','ctRatio':40,'ptRatio':100,'installedAt':'2026-03-01T08:00:00Z'}}");
        assertEquals("INSTALLED", meter.get("status").asText());
        assertEquals(4000, meter.get("multiplier").asInt());
        assertEquals("2026-03-01T08:00:00Z", meter.get("installedAt").asText());
        assertTrue(meter.get("key").asLong() > 0);
        assertEquals(t + "-m", ok(VIEWER, "meter.list", "{'customer':'{T}-cu'}").at("/items/0/mrid").asText());
        assertEquals(t + "-u", ok(VIEWER, "usagePoint.list", "{'account':'{T}-ac'}").at("/items/0/mrid").asText());
        assertEquals(t + "-ac", ok(VIEWER, "account.list", "{'customer':'{T}-cu'}").at("/items/0/mrid").asText());
        assertEquals(t + "-l", ok(VIEWER, "serviceLocation.list", "{'orgUnit':'{T}-p'}").at("/items/0/mrid").asText());
        assertEquals(t + "-c", ok(VIEWER, "orgUnit.list", "{'parent':'{T}-p'}").at("/items/0/mrid").asText());
        assertEquals("Asia/Shanghai", ok(VIEWER, "orgUnit.get", "{'mrid':'{T}-c'}").get("zone").asText());
        assertEquals(22.5431, ok(VIEWER, "serviceLocation.get", "{'mrid':'{T}-l'}").get("latitude").asDouble(), 0);
        assertEquals("ABC", ok(VIEWER, "usagePoint.get", "{'mrid':'{T}-u'}").get("phaseCode").asText());
        assertEquals("monthly-01", ok(VIEWER, "account.get", "{'mrid':'{T}-ac'}").get("billingCycle").asText());
        assertEquals(meter, ok(VIEWER, "meter.get", "{'mrid':'{T}-m'}"));
    }

    @Test
    public void refusalsNameTheField() throws Exception {
        invalid(MANAGER, "customer.create", "{'customer':{'mrid':'{T}-x','name':'X','kind':'OTHER','orgUnit':'{T}-nowhere'}}", "customer.orgUnit");
        JsonNode ct = invalid(MANAGER, "meter.create", "{'meter':{'mrid':'{T}-m','serialNumber':'S','orgUnit':'{T}-c','ctRatio':0}}", "meter.ctRatio");
        assertTrue(ct.toString(), ct.at("/data/reason").asText().contains("greater than 0"));
        invalid(MANAGER, "meter.create", "{'meter':{'mrid':'{T}-m','serialNumber':'S','orgUnit':'{T}-c','ptRatio':-1}}", "meter.ptRatio");
        ok(MANAGER, "customer.create", "{'customer':{'mrid':'{T}-dup','name':'X','kind':'OTHER','orgUnit':'{T}-c'}}");
        invalid(MANAGER, "customer.create", "{'customer':{'mrid':'{T}-dup','name':'Y','kind':'OTHER','orgUnit':'{T}-c'}}", "customer.mrid");
        invalid(MANAGER, "orgUnit.create", "{'orgUnit':{'mrid':'{T}-k','name':'K','kind':'PROVINCE','parent':'{T}-c'}}", "orgUnit.kind");
        invalid(MANAGER, "orgUnit.create", "{'orgUnit':{'mrid':'{T}-z','name':'Z','kind':'PROVINCE','zone':'Nowhere/Land'}}", "orgUnit.zone");
        invalid(VIEWER, "customer.get", "{'mrid':'{T}-nobody'}", "mrid");
        invalid(VIEWER, "meter.get", "{'mrid':'no spaces please'}", "mrid");
        invalid(VIEWER, "meter.list", "{'limit':5000}", "limit");
        invalid(VIEWER, "meter.list", "{'offset':-1}", "offset");
        invalid(VIEWER, "meter.list", "{'usagePoint':'{T}-none'}", "usagePoint");
        invalid(VIEWER, "orgUnit.list", "{'orgUnit':'{T}-none'}", "orgUnit");
    }

    @Test
    public void malformedParamsAreRefusedBeforeTheStore() throws Exception {
        invalid(VIEWER, "meter.list", "{'status':'ASLEEP'}", "status");
        invalid(VIEWER, "meter.list", "{'colour':'red'}", "colour");
        invalid(MANAGER, "customer.create", "{'customer':{'mrid':'{T}-x','name':'X','kind':'OTHER','orgUnit':'{T}-c','colour':'red'}}", "customer");
        invalid(MANAGER, "customer.create", "{'customer':{'mrid':'{T}-x','name':'X','orgUnit':'{T}-c'}}", "customer");
        invalid(MANAGER, "meter.create", "{'meter':{'mrid':'{T}-m','serialNumber':'S','orgUnit':'{T}-c','ctRatio':'forty'}}", "meter");
        invalid(MANAGER, "meter.create", "{'meter':{'mrid':'{T}-m','serialNumber':'S','orgUnit':'{T}-c','installedAt':'last Tuesday'}}", "meter");
        invalid(MANAGER, "customer.create", "{'customer':null}", "customer");
        invalid(MANAGER, "customer.create", "{'customer':[1,2,3]}", "customer");
        invalid(VIEWER, "meter.list", "{'limit':1e400}", "limit");
    }

    @Test
    public void hostileStringsStayData() throws Exception {
        String huge = "x".repeat(100_000);
        JsonNode error = invalid(MANAGER, "customer.create",
                "{'customer':{'mrid':'" + huge + "','name':'X','kind':'OTHER','orgUnit':'{T}-c'}}", "customer.mrid");
        assertTrue("the reason does not echo the whole value", error.toString().length() < 600);
        invalid(MANAGER, "customer.create", "{'customer':{'mrid':'{T}-x','name':'" + huge + "','kind':'OTHER','orgUnit':'{T}-c'}}", "customer.name");
        invalid(MANAGER, "customer.create", "{'customer':{'mrid':'{T}-x','name':'bell\\u0007','kind':'OTHER','orgUnit':'{T}-c'}}", "customer.name");
        ObjectNode injection = JSON.createObjectNode();
        injection.putObject("customer").put("mrid", "x'; DROP TABLE metering_customer; --").put("name", "X")
                .put("kind", "OTHER").put("orgUnit", t + "-c");
        JsonNode refused = call(MANAGER, "customer.create", injection);
        assertEquals(refused.toString(), "customer.mrid", refused.at("/error/data/param").asText());
        JsonNode page = call(VIEWER, "customer.list", JSON.createObjectNode().put("mridPrefix", "' OR '1'='1"));
        assertEquals(page.toString(), 0, page.at("/result/total").asInt());
        assertEquals(0, ok(VIEWER, "customer.list", "{'mridPrefix':'%'}").get("total").asInt());
        ok(MANAGER, "customer.create", "{'customer':{'mrid':'{T}-zh','name':'深圳供电局 \uD83D\uDD0C','kind':'OTHER','orgUnit':'{T}-c'}}");
        assertEquals("深圳供电局 \uD83D\uDD0C", ok(VIEWER, "customer.get", "{'mrid':'{T}-zh'}").get("name").asText());
        assertTrue(ok(VIEWER, "customer.list", "{}").get("total").asInt() >= 1);
    }

    private static final String CUSTOMERS = "mrid,name,kind,orgUnit\n{T}-i1,One,RESIDENTIAL,{T}-c\n{T}-i2,Two,PIRATE,{T}-c\n{T}-i3,Three,OTHER,{T}-c\n";

    @Test
    public void importChecksByDefaultAndStoresGoodRowsWhenAsked() throws Exception {
        ObjectNode params = JSON.createObjectNode().put("kind", "CUSTOMERS").put("csv", CUSTOMERS.replace("{T}", t));
        JsonNode dry = ok(MANAGER, "import", params.toString().replace('"', '\''));
        assertEquals(true, dry.get("dryRun").asBoolean());
        assertEquals(0, dry.get("stored").asInt());
        assertEquals(3, dry.at("/errors/0/line").asInt());
        assertEquals("kind", dry.at("/errors/0/field").asText());
        invalid(VIEWER, "customer.get", "{'mrid':'{T}-i1'}", "mrid");

        params.put("dryRun", false);
        assertEquals(0, ok(MANAGER, "import", params.toString().replace('"', '\'')).get("stored").asInt());
        invalid(VIEWER, "customer.get", "{'mrid':'{T}-i1'}", "mrid");

        params.put("acceptGoodRows", true);
        assertEquals(2, ok(MANAGER, "import", params.toString().replace('"', '\'')).get("stored").asInt());
        assertEquals("One", ok(VIEWER, "customer.get", "{'mrid':'{T}-i1'}").get("name").asText());
        assertEquals(2, ok(VIEWER, "customer.list", "{'mridPrefix':'{T}-i'}").get("total").asInt());
    }

    @Test
    public void importReadsFilesOnlyFromItsFolder() throws Exception {
        Files.writeString(importFolder.resolve("customers.csv"), CUSTOMERS.replace("{T}", t), StandardCharsets.UTF_8);
        JsonNode report = ok(MANAGER, "import", "{'kind':'CUSTOMERS','path':'customers.csv'}");
        assertEquals(3, report.get("rows").asInt());
        assertEquals(1, report.get("badRows").asInt());

        Path outside = Files.createTempFile("outside", ".csv");
        Files.writeString(outside, CUSTOMERS.replace("{T}", t));
        invalid(MANAGER, "import", "{'kind':'CUSTOMERS','path':'../" + outside.getFileName() + "'}", "path");
        invalid(MANAGER, "import", "{'kind':'CUSTOMERS','path':'" + outside.toAbsolutePath() + "'}", "path");
        invalid(MANAGER, "import", "{'kind':'CUSTOMERS','path':'/etc/passwd'}", "path");
        Files.createSymbolicLink(importFolder.resolve("link.csv"), outside);
        invalid(MANAGER, "import", "{'kind':'CUSTOMERS','path':'link.csv'}", "path");
        invalid(MANAGER, "import", "{'kind':'CUSTOMERS','path':'missing.csv'}", "path");
        invalid(MANAGER, "import", "{'kind':'CUSTOMERS','path':'.'}", "path");
        invalid(MANAGER, "import", "{'kind':'CUSTOMERS','path':'a\\u0000b'}", "path");
        invalid(MANAGER, "import", "{'kind':'CUSTOMERS'}", "csv");
        invalid(MANAGER, "import", "{'kind':'CUSTOMERS','csv':'mrid','path':'customers.csv'}", "path");

        Files.write(importFolder.resolve("latin1.csv"), "mrid,name,kind,orgUnit\nx,Zoë,OTHER,y\n".getBytes(StandardCharsets.ISO_8859_1));
        JsonNode latin1 = invalid(MANAGER, "import", "{'kind':'CUSTOMERS','path':'latin1.csv'}", "path");
        assertTrue(latin1.toString(), latin1.at("/data/reason").asText().contains("UTF-8"));
        JsonNode header = invalid(MANAGER, "import", "{'kind':'METERS','csv':'mrid,name\\nx,y\\n'}", "csv");
        assertTrue(header.toString(), header.at("/data/reason").asText().contains("serialNumber"));
        invalid(MANAGER, "import", "{'kind':'BANANAS','csv':'mrid'}", "kind");
    }

    @Test
    public void everyMethodIsDescribed() throws Exception {
        byte[] response = registry.dispatch("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"rpc.components\"}".getBytes(StandardCharsets.UTF_8), VIEWER);
        JsonNode components = JSON.readTree(response).get("result");
        JsonNode metering = null;
        for (JsonNode c : components) {
            if ("metering".equals(c.get("id").asText())) {
                metering = c;
            }
        }
        assertNotNull(components.toString(), metering);
        assertEquals(metering.toString(), 27, metering.get("methods").size());
        assertEquals("1.1.0", metering.get("version").asText());
        byte[] described = registry.dispatch(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"rpc.describe\",\"params\":"
                + "{\"method\":\"metering.meter.create\"}}").getBytes(StandardCharsets.UTF_8), VIEWER);
        JsonNode schema = JSON.readTree(described).at("/result/params/0/schema");
        assertTrue(schema.toString(), schema.at("/required").toString().contains("serialNumber"));
        assertEquals(schema.toString(), false, schema.at("/additionalProperties").asBoolean(true));
    }
}
