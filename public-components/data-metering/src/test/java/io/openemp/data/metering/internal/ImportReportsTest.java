package io.openemp.data.metering.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.bson.Document;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.openemp.data.documents.api.DocumentStore;
import io.openemp.data.documents.internal.InMemoryDocumentStore;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.internal.store.Databases;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/**
 * Every metering.import is kept in the real document store (embedded server, in memory): who, when, which file,
 * the counts and every bad row; metering.imports reads them back newest first, a page at a time. Without the
 * store imports work and say that their report was not kept.
 */
public class ImportReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ADMIN = Caller.of("root", Set.of(Roles.ADMIN), "test");
    private static final Caller HQ = Caller.of("hq", Set.of(Roles.MANAGER, Roles.VIEWER), "test");
    private static final Caller ANN = Caller.of("ann", Set.of(Roles.MANAGER, Roles.VIEWER), "test");

    private static DocumentStore documents;

    private final Metering metering = Databases.shared("h2").store();
    private String t;
    private Path folder;
    private StandaloneRegistry registry;
    private Instant now = Instant.parse("2026-11-25T08:00:00Z");

    @BeforeClass
    public static void startStore() {
        documents = new InMemoryDocumentStore();
    }

    @AfterClass
    public static void stopStore() {
        ((InMemoryDocumentStore) documents).close();
    }

    @Before
    public void start() throws Exception {
        t = Databases.tag();
        documents.database("metering").getCollection("import-reports").deleteMany(new Document());
        folder = Files.createTempDirectory("imports");
        metering.createOrgUnit(new io.openemp.data.metering.api.OrgUnitDraft(t + "-p", "P",
                io.openemp.data.metering.api.OrgUnitKind.PROVINCE, null, "Asia/Shanghai"));
        metering.createOrgUnit(new io.openemp.data.metering.api.OrgUnitDraft(t + "-A", "A",
                io.openemp.data.metering.api.OrgUnitKind.COUNTY, t + "-p", null));
        registry = rpc(new DocumentImportReports(documents));
    }

    private StandaloneRegistry rpc(ImportReports reports) {
        TreeScopes scopes = new TreeScopes(metering).user("hq", null).user("ann", t + "-A");
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        StandaloneRegistry r = new StandaloneRegistry();
        r.add(new MeteringRpc(metering, new CallerScopes(() -> scopes), folder, reports, clock), "io.openemp.data-metering");
        return r;
    }

    private JsonNode call(StandaloneRegistry r, Caller caller, String method, ObjectNode params) throws Exception {
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", "metering." + method);
        request.set("params", params);
        byte[] response = r.dispatch(JSON.writeValueAsBytes(request), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private JsonNode ok(Caller caller, String method, ObjectNode params) throws Exception {
        JsonNode response = call(registry, caller, method, params);
        assertTrue(response.toString(), response.has("result"));
        return response.get("result");
    }

    private ObjectNode meters(String csv) {
        return JSON.createObjectNode().put("kind", "METERS").put("csv", csv.replace("{T}", t));
    }

    @Test
    public void everyImportIsKeptWithItsBadRows() throws Exception {
        String csv = "mrid,serialNumber,orgUnit,ctRatio\n{T}-m1,1,{T}-A,\n{T}-m2,2,{T}-nowhere,\n{T}-m3,3,{T}-A,0\n{T}-m4,4,{T}-A,40\n";
        JsonNode dry = ok(HQ, "import", meters(csv));
        assertEquals(2, dry.get("badRows").asInt());
        assertFalse(dry.get("reportId").isNull());
        assertTrue(dry.get("reportNote").isNull());

        now = now.plusSeconds(60);
        Files.write(folder.resolve("meters.csv"), csv.replace("{T}", t).getBytes(StandardCharsets.UTF_8));
        ObjectNode taken = JSON.createObjectNode().put("kind", "METERS").put("path", "meters.csv").put("dryRun", false)
                .put("acceptGoodRows", true);
        JsonNode stored = ok(ADMIN, "import", taken);
        assertEquals(2, stored.get("stored").asInt());

        now = now.plusSeconds(60);
        JsonNode refused = call(registry, HQ, "import", meters("mrid,serialNumber\n{T}-m9,9\n"));
        assertEquals(-32602, refused.at("/error/code").asInt());

        JsonNode page = ok(ADMIN, "imports", JSON.createObjectNode());
        assertEquals(3, page.get("total").asInt());
        JsonNode newest = page.at("/items/0");
        assertEquals("hq", newest.get("user").asText());
        assertTrue(newest.get("refusal").asText(), newest.get("refusal").asText().contains("orgUnit"));
        assertEquals(0, newest.get("rows").asInt());

        JsonNode file = page.at("/items/1");
        assertEquals(stored.get("reportId").asText(), file.get("id").asText());
        assertEquals("root", file.get("user").asText());
        assertEquals("2026-11-25T08:01:00Z", file.get("at").asText());
        assertEquals("meters.csv", file.get("fileName").asText());
        assertEquals("METERS", file.get("kind").asText());
        assertFalse(file.get("dryRun").asBoolean());
        assertTrue(file.get("goodRowsTaken").asBoolean());
        assertEquals(4, file.get("rows").asInt());
        assertEquals(2, file.get("stored").asInt());
        assertEquals(2, file.get("errors").size());
        assertEquals(3, file.at("/errors/0/line").asInt());
        assertEquals(t + "-m2", file.at("/errors/0/mrid").asText());
        assertEquals("orgUnit", file.at("/errors/0/field").asText());
        assertEquals(4, file.at("/errors/1/line").asInt());
        assertEquals("ctRatio", file.at("/errors/1/field").asText());
        assertEquals(file.get("errors"), stored.get("errors"));

        JsonNode oldest = page.at("/items/2");
        assertEquals(dry.get("reportId").asText(), oldest.get("id").asText());
        assertTrue(oldest.get("dryRun").asBoolean());
        assertTrue(oldest.get("fileName").isNull());
        assertFalse(oldest.get("goodRowsTaken").asBoolean());

        JsonNode second = ok(ADMIN, "imports", JSON.createObjectNode().put("offset", 1).put("limit", 1));
        assertEquals(1, second.get("items").size());
        assertEquals(file.get("id"), second.at("/items/0/id"));
        assertEquals(3, second.get("total").asInt());
    }

    @Test
    public void aCountysUserSeesOnlyTheirOwnReports() throws Exception {
        ok(HQ, "import", meters("mrid,serialNumber,orgUnit\n{T}-m1,1,{T}-A\n"));
        assertEquals(1, ok(HQ, "imports", JSON.createObjectNode()).get("total").asInt());
        assertEquals(0, ok(ANN, "imports", JSON.createObjectNode()).get("total").asInt());
    }

    @Test
    public void pagingIsChecked() throws Exception {
        for (String[] bad : new String[][] { { "limit", "0" }, { "limit", "101" }, { "offset", "-1" } }) {
            JsonNode response = call(registry, ADMIN, "imports", JSON.createObjectNode().put(bad[0], Integer.parseInt(bad[1])));
            assertEquals(response.toString(), bad[0], response.at("/error/data/param").asText());
        }
    }

    @Test
    public void aFailingDocumentStoreDoesNotFailTheImport() throws Exception {
        InMemoryDocumentStore stopped = new InMemoryDocumentStore();
        ImportReports reports = new DocumentImportReports(stopped);
        stopped.close();
        StandaloneRegistry failing = rpc(reports);
        JsonNode response = call(failing, HQ, "import", meters("mrid,serialNumber,orgUnit\n{T}-m1,1,{T}-A\n").put("dryRun", false));
        assertEquals(response.toString(), 1, response.at("/result/stored").asInt());
        assertTrue(response.at("/result/reportId").isNull());
        assertEquals("report not kept: the document store failed (see the log)", response.at("/result/reportNote").asText());
        assertEquals(MeteringRpc.UNAVAILABLE, call(failing, ADMIN, "imports", JSON.createObjectNode()).at("/error/code").asInt());
        failing.close();
    }

    @Test
    public void importsWorkWithoutTheDocumentStore() throws Exception {
        StandaloneRegistry without = rpc(null);
        JsonNode response = call(without, HQ, "import", meters("mrid,serialNumber,orgUnit\n{T}-m1,1,{T}-A\n").put("dryRun", false));
        assertEquals(1, response.at("/result/stored").asInt());
        assertTrue(response.at("/result/reportId").isNull());
        assertEquals("report not kept: the document store is not available", response.at("/result/reportNote").asText());
        assertEquals(MeteringRpc.UNAVAILABLE, call(without, ADMIN, "imports", JSON.createObjectNode()).at("/error/code").asInt());
        without.close();
    }
}
