package io.openemp.data.documents.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Deactivation closes the driver and the embedded server: port, threads and data file are all given back. */
public class ShutdownTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final Stores stores = new Stores();

    @After
    public void stop() {
        stores.close();
    }

    @Test
    public void stoppingFreesThePortTheThreadsAndTheFile() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        int port = Stores.freePort();
        Path file = folder.getRoot().toPath().resolve("documents.mv");
        DocumentStoreComponent store = stores.start(Map.of("embeddedPort", port, "embeddedDataFile", file.toString()));
        // Work on several connections at once, so that the pool and the server's workers all start.
        List<Thread> writers = List.of(1, 2, 3, 4).stream().map(n -> new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                store.database("vee").getCollection("c" + n).insertOne(new Document("i", i));
            }
        })).toList();
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
        assertTrue(store.health().reachable());
        assertTrue("the store runs threads of its own", !newThreads(before).isEmpty());

        stores.stop(store);

        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertEquals(port, again.getLocalPort());
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (!newThreads(before).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals("threads left after stop", List.of(), newThreads(before));

        IllegalStateException stopped = assertThrows(IllegalStateException.class, () -> store.database("vee"));
        assertEquals("document store unavailable: the document store is stopped", stopped.getMessage());

        DocumentStoreComponent reopened = stores.embedded(file);
        assertEquals("the data file was closed and can be opened again", 50,
                reopened.database("vee").getCollection("c3").countDocuments());
    }

    @Test
    public void stoppingTwiceIsHarmless() {
        DocumentStoreComponent store = stores.start(Map.of("embeddedDataFile", ""));
        store.deactivate();
        store.deactivate();
    }

    private static List<String> newThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .map(Thread::getName).sorted().collect(Collectors.toList());
    }
}
