package io.openemp.event.internal;

import java.time.Instant;
import java.util.Set;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;

import io.openemp.data.documents.internal.InMemoryDocumentStore;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;

/** One real in-memory document store per test class; a fresh event database and service per test. */
final class Fixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final Caller ANN = Caller.of("ann", Set.of(Roles.MANAGER), "test");
    static final Caller BOB = Caller.of("bob", Set.of(Roles.MANAGER), "test");
    static final Caller VIEWER = Caller.of("vic", Set.of(Roles.VIEWER), "test");

    final InMemoryDocumentStore store = new InMemoryDocumentStore();
    final ManualClock clock = new ManualClock(T0);

    MongoDatabase database() {
        return store.database(EventService.COMPONENT);
    }

    /** A service on an emptied database, bus work run on the calling thread, no timers. */
    EventService fresh(Settings settings) {
        MongoDatabase db = database();
        for (String name : db.listCollectionNames()) {
            db.getCollection(name).deleteMany(new Document());
        }
        return new EventService(db, clock, settings, Runnable::run);
    }

    EventService fresh() {
        return fresh(Settings.DEFAULTS);
    }

    /** A second service on the same database, as after a restart. */
    EventService restarted() {
        return new EventService(database(), clock, Settings.DEFAULTS, Runnable::run);
    }

    @Override
    public void close() {
        store.close();
    }
}
