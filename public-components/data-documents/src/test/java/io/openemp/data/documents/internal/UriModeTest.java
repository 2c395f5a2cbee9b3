package io.openemp.data.documents.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;

import io.openemp.data.documents.api.DocumentStoreHealth;
import io.openemp.data.documents.api.ServerKind;

/**
 * The URI mode against an embedded server started on its own, as an external MongoDB would run: the store
 * takes the same code path as in embedded mode, only the connection string comes from the configuration.
 */
public class UriModeTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final Stores stores = new Stores();

    @After
    public void stop() {
        stores.close();
    }

    @Test
    public void aStoreConfiguredByUriWorksLikeTheEmbeddedOne() throws Exception {
        EmbeddedServer server = stores.server(folder.newFile("other.mv").toPath());
        DocumentStoreComponent store = stores.start(Map.of("uri", server.connectionString() + "/?appName=uri-test"));
        assertEquals("the store runs no server of its own", null, store.connection().embeddedServer());

        MongoCollection<Document> frames = store.database("master-station").getCollection("raw-frames");
        frames.createIndex(Indexes.ascending("device", "receivedAt"));
        frames.insertMany(List.of(
                new Document("device", "C-1").append("receivedAt", 1).append("frame", new Document("hex", "68 01 16")),
                new Document("device", "C-2").append("receivedAt", 2).append("frame", new Document("hex", "68 02 16"))));
        assertEquals("68 02 16", frames.find(Filters.eq("device", "C-2")).first().get("frame", Document.class).getString("hex"));

        DocumentStoreHealth health = store.health();
        assertTrue(health.error(), health.reachable());
        assertEquals(ServerKind.EXTERNAL, health.kind());
        assertEquals(server.address(), health.address());

        stores.stop(store);
        try (MongoClient other = MongoClients.create(server.connectionString())) {
            assertEquals("stopping the store leaves an external server running, documents in place",
                    List.of("C-1", "C-2"), other.getDatabase("emp_master_station").getCollection("raw-frames")
                            .find().map(d -> d.getString("device")).into(new ArrayList<>()));
        }
    }

    @Test
    public void embeddedAndUriModesSeeTheSameData() {
        java.nio.file.Path file = folder.getRoot().toPath().resolve("shared.mv");
        DocumentStoreComponent embedded = stores.embedded(file);
        embedded.database("events").getCollection("device-events").insertOne(new Document("_id", "ev-1").append("kind", "power-down"));
        stores.stop(embedded);

        EmbeddedServer server = stores.server(file);
        DocumentStoreComponent byUri = stores.start(Map.of("uri", server.connectionString()));
        assertEquals("power-down", byUri.database("events").getCollection("device-events")
                .find(Filters.eq("_id", "ev-1")).first().getString("kind"));
    }
}
