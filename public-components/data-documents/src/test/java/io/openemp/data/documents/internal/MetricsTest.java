package io.openemp.data.documents.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.bson.Document;
import org.junit.After;
import org.junit.Test;

import com.mongodb.MongoCommandException;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.openemp.data.documents.api.DocumentStoreHealth;

/** The driver's commands are counted in health, and timed in a Micrometer registry while one is bound. */
public class MetricsTest {

    private final Stores stores = new Stores();

    @After
    public void stop() {
        stores.close();
    }

    @Test
    public void commandsAreTimedPerCommandAndOutcome() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DocumentStoreComponent store = new DocumentStoreComponent();
        store.bindMeterRegistry(meters);
        store.activate(Stores.config(Map.of("embeddedDataFile", "")));
        try {
            var c = store.database("vee").getCollection("c");
            c.insertOne(new Document("a", 1));
            c.insertOne(new Document("a", 2));
            c.find().first();
            assertThrows(MongoCommandException.class, () -> store.database("vee").runCommand(new Document("noSuchCommand", 1)));

            assertEquals(2, timer(meters, "insert", "success").count());
            assertEquals(1, timer(meters, "find", "success").count());
            assertEquals(1, timer(meters, "noSuchCommand", "failure").count());
            assertTrue(timer(meters, "insert", "success").totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);

            DocumentStoreHealth health = store.health();
            assertEquals(1, health.commandsFailed());
            assertTrue(health.commandsSucceeded() >= 3);

            store.unbindMeterRegistry(meters);
            assertTrue("the store's timers leave the registry with it", meters.find(CommandMetrics.TIMER).meters().isEmpty());
            c.insertOne(new Document("a", 3));
            assertTrue(meters.find(CommandMetrics.TIMER).meters().isEmpty());
        } finally {
            store.deactivate();
        }
    }

    private static Timer timer(SimpleMeterRegistry meters, String command, String outcome) {
        return meters.get(CommandMetrics.TIMER).tag("command", command).tag("outcome", outcome).timer();
    }
}
