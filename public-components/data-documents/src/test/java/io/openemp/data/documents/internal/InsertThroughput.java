package io.openemp.data.documents.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * A rough figure, not a test: documents per second the real driver writes into the embedded server, with
 * small documents like device events (a unique index on eventId), in each commit mode and in memory. Run it
 * by hand (see README.md); args: documents per run (default 50000). Prints documents/s and file bytes per
 * document after a clean stop.
 */
public final class InsertThroughput {

    private InsertThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path folder = Files.createTempDirectory("documents-throughput");
        int singles = Math.min(count, 5_000);
        run("warm-up", folder.resolve("warm.mv"), true, count / 5, 1000);
        run("file, each write, insertMany 1000", folder.resolve("many.mv"), true, count, 1000);
        run("file, each write, insertMany 100", folder.resolve("many100.mv"), true, count, 100);
        run("file, each write, insertOne", folder.resolve("one.mv"), true, singles, 1);
        run("file, periodic, insertMany 1000", folder.resolve("p-many.mv"), false, count, 1000);
        run("file, periodic, insertOne", folder.resolve("p-one.mv"), false, singles, 1);
        run("memory, insertMany 1000", null, true, count, 1000);
    }

    private static void run(String label, Path file, boolean commitEachWrite, int count, int batch) throws Exception {
        try (Stores stores = new Stores()) {
            DocumentStoreComponent store = stores.start(Map.of("embeddedDataFile", file == null ? "" : file.toString(),
                    "embeddedCommitEachWrite", commitEachWrite));
            MongoCollection<Document> events = store.database("events").getCollection("device-events");
            events.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
            long start = System.nanoTime();
            List<Document> pending = new ArrayList<>(batch);
            for (int i = 0; i < count; i++) {
                pending.add(new Document("eventId", "ev-" + i).append("device", "C-" + (i % 500))
                        .append("at", Date.from(Instant.ofEpochSecond(1_700_000_000L + i)))
                        .append("kind", i % 7 == 0 ? "power-down" : "door-open").append("severity", i % 3));
                if (pending.size() == batch) {
                    write(events, pending);
                }
            }
            if (!pending.isEmpty()) {
                write(events, pending);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            stores.stop(store);
            String size = file == null ? "-" : String.format("%.0f B/doc", (double) Files.size(file) / count);
            System.out.printf("%-38s %8d docs %7.2f s %9.0f docs/s  %s%n", label, count, seconds, count / seconds, size);
        }
    }

    private static void write(MongoCollection<Document> events, List<Document> pending) {
        if (pending.size() == 1) {
            events.insertOne(pending.get(0));
        } else {
            events.insertMany(pending);
        }
        pending.clear();
    }
}
