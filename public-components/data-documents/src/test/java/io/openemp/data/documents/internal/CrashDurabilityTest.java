package io.openemp.data.documents.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * A write the driver saw acknowledged survives the death of the JVM that runs the embedded server: the server
 * runs in a child JVM, which is killed (SIGKILL) right after the last acknowledgement, well within the
 * MVStore's one-second background commit.
 */
public class CrashDurabilityTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final Stores stores = new Stores();
    private Process child;

    @After
    public void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
        stores.close();
    }

    @Test
    public void acknowledgedWritesSurviveAKilledServer() throws Exception {
        Path file = folder.getRoot().toPath().resolve("documents.mv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedServerProcess.class.getName(), file.toString()).redirectErrorStream(true).start();
        int port = readPort(child);

        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> reports = client.getDatabase("emp_csv_import").getCollection("reports");
            for (int i = 0; i < 20; i++) {
                reports.insertOne(new Document("_id", i).append("rows", 100 + i));
            }
            reports.updateOne(Filters.eq("_id", 3), Updates.set("rows", -1));
            reports.deleteOne(Filters.eq("_id", 4));
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }

        DocumentStoreComponent store = stores.embedded(file);
        MongoCollection<Document> reports = store.database("csv-import").getCollection("reports");
        List<Integer> ids = reports.find().map(d -> d.getInteger("_id")).into(new ArrayList<>());
        assertEquals(19, ids.size());
        assertEquals(-1, reports.find(Filters.eq("_id", 3)).first().getInteger("rows").intValue());
        assertEquals(0, reports.countDocuments(Filters.eq("_id", 4)));
        assertEquals(119, reports.find(Filters.eq("_id", 19)).first().getInteger("rows").intValue());
    }

    private static int readPort(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("PORT ")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "drain-child-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(line.substring(5).trim());
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the child JVM ended without listening:\n" + seen);
    }
}
