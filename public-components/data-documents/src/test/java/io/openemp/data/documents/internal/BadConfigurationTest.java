package io.openemp.data.documents.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bson.Document;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.mongodb.MongoTimeoutException;

import io.openemp.data.documents.api.DocumentStoreHealth;
import io.openemp.data.documents.api.ServerKind;

/**
 * A configuration that cannot work leaves the service up: {@code database()} refuses with the reason and
 * {@code health()} reports it; an unreachable server is reported by health and by the driver's timeouts.
 */
public class BadConfigurationTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final Stores stores = new Stores();

    @After
    public void stop() {
        stores.close();
    }

    private static void assertContains(String text, String part) {
        assertTrue("expected '" + part + "' in: " + text, text != null && text.contains(part));
    }

    @Test
    public void aMalformedUriIsReportedWithoutItsPassword() {
        DocumentStoreComponent store = stores.start(Map.of("uri", "mongodb://openemp:s3cr3t@db.example:27017:99/emp"));
        DocumentStoreHealth health = store.health();
        assertFalse(health.reachable());
        assertEquals(ServerKind.EXTERNAL, health.kind());
        assertNull(health.address());
        assertContains(health.error(), "uri is not a valid MongoDB connection string");
        assertFalse(health.error(), health.error().contains("s3cr3t"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> store.database("vee"));
        assertContains(refused.getMessage(), "document store unavailable: uri is not a valid MongoDB connection string");
    }

    @Test
    public void aUriOfAnotherSchemeIsRefused() {
        DocumentStoreComponent store = stores.start(Map.of("uri", "http://127.0.0.1:27017"));
        assertContains(store.health().error(), "must start with either 'mongodb://' or 'mongodb+srv://");
    }

    @Test
    public void anUnreachableServerIsReportedByHealthAndByTheDriver() {
        int port = Stores.freePort();
        DocumentStoreComponent store = stores.start(Map.of("uri", "mongodb://127.0.0.1:" + port, "timeoutMillis", 1000));
        long start = System.nanoTime();
        DocumentStoreHealth health = store.health();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertFalse(health.reachable());
        assertEquals("127.0.0.1:" + port, health.address());
        assertNull(health.roundTripMillis());
        assertContains(health.error(), "127.0.0.1:" + port);
        assertContains(health.error(), "Connection refused");
        assertTrue("health waits at most about the timeout, took " + millis + " ms", millis < 5000);

        MongoTimeoutException timeout = assertThrows(MongoTimeoutException.class,
                () -> store.database("vee").getCollection("c").insertOne(new Document("a", 1)));
        assertContains(timeout.getMessage(), "Connection refused");
    }

    @Test
    public void theStoreRecoversWhenTheServerComesUp() throws Exception {
        int port = Stores.freePort();
        DocumentStoreComponent store = stores.start(Map.of("uri", "mongodb://127.0.0.1:" + port
                + "/?heartbeatFrequencyMS=500", "timeoutMillis", 5000));
        assertFalse(store.health().reachable());

        EmbeddedServer late = EmbeddedServer.start(folder.getRoot().toPath().resolve("late.mv"), port, true);
        try {
            DocumentStoreHealth health = store.health();
            assertTrue("the probe makes the driver look again at once: " + health.error(), health.reachable());
            store.database("vee").getCollection("c").insertOne(new Document("a", 1));
        } finally {
            late.close();
        }
    }

    @Test
    public void aPortInUseIsReported() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Path file = folder.getRoot().toPath().resolve("documents.mv");
            DocumentStoreComponent store = stores.start(Map.of("embeddedPort", taken.getLocalPort(),
                    "embeddedDataFile", file.toString()));
            DocumentStoreHealth health = store.health();
            assertFalse(health.reachable());
            assertEquals(ServerKind.EMBEDDED, health.kind());
            assertContains(health.error(), "embedded server cannot listen on 127.0.0.1:" + taken.getLocalPort());
            assertContains(health.error(), "Address already in use");

            DocumentStoreComponent next = stores.embedded(file);
            next.database("vee").getCollection("c").insertOne(new Document("a", 1));
            assertTrue("the failed start released the data file", next.health().reachable());
        }
    }

    @Test
    public void aDataFileInUseIsReported() {
        Path file = folder.getRoot().toPath().resolve("documents.mv");
        stores.embedded(file);
        DocumentStoreComponent second = stores.embedded(file);
        assertContains(second.health().error(), "embedded data file " + file + " cannot be opened");
        assertContains(second.health().error(), "locked");
    }

    @Test
    public void aDataFileThatIsNotAnMvStoreIsReported() throws Exception {
        Path file = folder.newFile("documents.mv").toPath();
        Files.writeString(file, "these are not documents\n".repeat(400));
        DocumentStoreComponent store = stores.embedded(file);
        assertContains(store.health().error(), "embedded data file " + file + " cannot be opened");
        assertEquals("the file is left as it was", "these are not documents\n".repeat(400), Files.readString(file));
    }

    @Test
    public void anUnknownPlaceholderInTheDataFileIsReported() {
        DocumentStoreComponent store = stores.start(Map.of("embeddedDataFile", "${no.such.property}/documents.mv"));
        assertContains(store.health().error(), "no system property 'no.such.property'");
    }

    @Test
    public void aPortOutOfRangeIsReported() {
        DocumentStoreComponent store = stores.start(Map.of("embeddedPort", 70000, "embeddedDataFile", ""));
        assertContains(store.health().error(), "embeddedPort 70000 is not a port number");
    }
}
