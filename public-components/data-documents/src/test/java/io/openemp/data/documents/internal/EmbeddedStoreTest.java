package io.openemp.data.documents.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.openemp.data.documents.api.DocumentStore;
import io.openemp.data.documents.api.DocumentStoreHealth;
import io.openemp.data.documents.api.ServerKind;

/** The real MongoDB driver against the embedded server, as components use it. */
public class EmbeddedStoreTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final Stores stores = new Stores();

    @After
    public void stop() {
        stores.close();
    }

    private Path dataFile() {
        return folder.getRoot().toPath().resolve("openemp").resolve("documents.mv");
    }

    @Test
    public void eachComponentHasItsOwnDatabase() {
        DocumentStore store = stores.embedded(dataFile());
        MongoDatabase vee = store.database("vee");
        MongoDatabase imports = store.database("csv-import");
        assertEquals("emp_vee", vee.getName());
        assertEquals("emp_csv_import", imports.getName());

        vee.getCollection("reports").insertOne(new Document("_id", 1).append("owner", "vee"));
        imports.getCollection("reports").insertOne(new Document("_id", 1).append("owner", "csv-import"));

        assertEquals("vee", vee.getCollection("reports").find().first().getString("owner"));
        assertEquals("csv-import", imports.getCollection("reports").find().first().getString("owner"));
        assertEquals(1, vee.getCollection("reports").countDocuments());
        vee.drop();
        assertEquals(0, vee.getCollection("reports").countDocuments());
        assertEquals("dropping one component's database leaves the other's", 1,
                imports.getCollection("reports").countDocuments());
    }

    @Test
    public void nestedDocumentsAreQueriedThroughIndexes() {
        MongoCollection<Document> trail = stores.embedded(dataFile()).database("vee").getCollection("edit-audit");
        trail.createIndex(Indexes.ascending("meter.mrid", "at"));
        trail.createIndex(Indexes.ascending("editId"), new IndexOptions().unique(true));

        Instant start = Instant.parse("2024-03-01T00:00:00Z");
        List<Document> edits = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            edits.add(new Document("editId", "E" + i)
                    .append("meter", new Document("mrid", "M-" + (i % 3)).append("location", new Document("feeder", "F1")))
                    .append("at", Date.from(start.plus(i, ChronoUnit.HOURS)))
                    .append("change", new Document("from", 10.5 + i).append("to", 11.0 + i).append("rule", "spike"))
                    .append("tags", List.of("estimated", i % 2 == 0 ? "even" : "odd")));
        }
        trail.insertMany(edits);

        List<Document> meter1 = trail.find(Filters.and(Filters.eq("meter.mrid", "M-1"),
                Filters.gte("at", Date.from(start.plus(10, ChronoUnit.HOURS)))))
                .sort(Sorts.ascending("at")).into(new ArrayList<>());
        assertEquals(List.of("E10", "E13", "E16", "E19", "E22", "E25", "E28"),
                meter1.stream().map(d -> d.getString("editId")).toList());
        Document first = meter1.get(0);
        assertEquals("F1", first.get("meter", Document.class).get("location", Document.class).getString("feeder"));
        assertEquals(20.5, first.get("change", Document.class).getDouble("from"), 0.0);
        assertEquals(15, trail.countDocuments(Filters.eq("tags", "even")));

        trail.updateOne(Filters.eq("editId", "E13"), Updates.set("change.rule", "manual"));
        assertEquals("manual", trail.find(Filters.eq("editId", "E13")).first().get("change", Document.class).getString("rule"));

        List<String> indexes = trail.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>());
        assertTrue(indexes.toString(), indexes.containsAll(List.of("_id_", "meter.mrid_1_at_1", "editId_1")));
        MongoWriteException duplicate = assertThrows(MongoWriteException.class,
                () -> trail.insertOne(new Document("editId", "E5")));
        assertEquals(ErrorCategory.DUPLICATE_KEY, duplicate.getError().getCategory());
        assertEquals(30, trail.countDocuments());
    }

    @Test
    public void documentsSurviveARestartOfTheComponent() {
        Path file = dataFile();
        DocumentStoreComponent first = stores.embedded(file);
        MongoCollection<Document> reports = first.database("csv-import").getCollection("reports");
        reports.createIndex(Indexes.descending("at"));
        reports.insertOne(new Document("_id", "import-1").append("file", "meters.csv")
                .append("badRows", List.of(new Document("line", 7).append("reason", "no meter M-9"))));
        stores.stop(first);

        DocumentStoreComponent second = stores.embedded(file);
        MongoCollection<Document> again = second.database("csv-import").getCollection("reports");
        Document report = again.find(Filters.eq("_id", "import-1")).first();
        assertEquals("meters.csv", report.getString("file"));
        assertEquals("no meter M-9", report.getList("badRows", Document.class).get(0).getString("reason"));
        assertTrue("the index is kept too", again.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>())
                .contains("at_-1"));
    }

    @Test
    public void periodicCommitsKeepDocumentsAcrossACleanRestart() {
        Path file = dataFile();
        DocumentStoreComponent first = stores.start(Map.of("embeddedDataFile", file.toString(), "embeddedCommitEachWrite", false));
        first.database("vee").getCollection("edit-audit").insertOne(new Document("_id", "e1"));
        stores.stop(first);
        DocumentStoreComponent second = stores.start(Map.of("embeddedDataFile", file.toString(), "embeddedCommitEachWrite", false));
        assertEquals(1, second.database("vee").getCollection("edit-audit").countDocuments());
    }

    @Test
    public void healthReportsTheEmbeddedServer() {
        DocumentStoreComponent store = stores.embedded(dataFile());
        store.database("vee").getCollection("x").insertOne(new Document("a", 1));
        store.database("events");

        DocumentStoreHealth health = store.health();
        assertTrue(health.error(), health.reachable());
        assertEquals(ServerKind.EMBEDDED, health.kind());
        assertEquals("127.0.0.1:" + store.connection().embeddedServer().port(), health.address());
        assertTrue(health.roundTripMillis() >= 0 && health.roundTripMillis() < 2000);
        assertNull(health.error());
        assertEquals(List.of("events", "vee"), health.components());
        assertTrue("the insert and the ping at least", health.commandsSucceeded() >= 2);
        assertEquals(0, health.commandsFailed());
    }

    @Test
    public void theEmbeddedServerListensOnLoopbackOnly() throws Exception {
        int port = Stores.freePort();
        DocumentStoreComponent store = stores.start(Map.of("embeddedDataFile", dataFile().toString(), "embeddedPort", port));
        assertEquals(port, store.connection().embeddedServer().port());
        assertTrue(store.health().reachable());
        InetAddress other = nonLoopbackAddress();
        if (other != null) {
            try (Socket socket = new Socket()) {
                assertThrows(IOException.class, () -> socket.connect(new InetSocketAddress(other, port), 1000));
            }
        }
    }

    @Test
    public void anEmptyDataFileKeepsDocumentsInMemory() {
        DocumentStoreComponent store = stores.start(Map.of("embeddedDataFile", ""));
        store.database("scratch").getCollection("c").insertOne(new Document("k", "v"));
        assertNull(store.connection().embeddedServer().dataFile());
        stores.stop(store);
        DocumentStoreComponent next = stores.start(Map.of("embeddedDataFile", ""));
        assertEquals(0, next.database("scratch").getCollection("c").countDocuments());
    }

    @Test
    public void componentIdsAreCheckedAndMappedToDatabaseNames() {
        DocumentStore store = stores.start(Map.of("embeddedDataFile", ""));
        assertEquals("emp_master_station", DocumentStore.databaseName("master-station"));
        assertEquals("emp_a1", store.database("a1").getName());
        for (String bad : new String[] { null, "", "Vee", "1abc", "vee_audit", "vee.audit", "-x", "a b" }) {
            assertThrows(String.valueOf(bad), IllegalArgumentException.class, () -> store.database(bad));
        }
        String longest = "a".repeat(DocumentStore.MAX_COMPONENT_ID_LENGTH);
        assertEquals(63, store.database(longest).getName().length());
        assertThrows(IllegalArgumentException.class, () -> store.database(longest + "a"));
        store.database(longest).getCollection("c").insertOne(new Document());
        assertEquals("the server accepts the longest name", 1, store.database(longest).getCollection("c").countDocuments());
        assertFalse(store.health().components().contains("Vee"));
    }

    /** An IPv4 address of this machine other than loopback, or null. */
    private static InetAddress nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
                    return address;
                }
            }
        }
        return null;
    }
}
