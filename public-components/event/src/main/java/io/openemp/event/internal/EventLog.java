package io.openemp.event.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import io.openemp.event.api.StoredEvent;

/**
 * Device events and audit entries, one collection per kind so that each has its own retention. Each entry keeps
 * its stream id as {@code seq} (unique), so a client can continue from the stream in {@code event.query}.
 */
final class EventLog {

    enum Kind {
        DEVICE("device_events"), AUDIT("audit");

        final String collection;

        Kind(String collection) {
            this.collection = collection;
        }

        String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Map<Kind, MongoCollection<Document>> collections = new LinkedHashMap<>();

    EventLog(MongoDatabase database) {
        for (Kind kind : Kind.values()) {
            MongoCollection<Document> c = database.getCollection(kind.collection);
            c.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true).name("seq"));
            c.createIndex(Indexes.ascending("at"), new IndexOptions().name("at"));
            c.createIndex(Indexes.ascending("source", "at"), new IndexOptions().name("source_at"));
            collections.put(kind, c);
        }
    }

    void append(Kind kind, StoredEvent event) {
        Document properties = new Document();
        event.properties().forEach(properties::append);
        Document d = new Document("seq", event.seq()).append("topic", event.topic()).append("at", Date.from(event.at()))
                .append("properties", properties);
        if (event.source() != null) {
            d.append("source", event.source());
        }
        collections.get(kind).insertOne(d);
    }

    /**
     * Entries of {@code kind}: newest first, or, with {@code afterSeq}, the ones after it oldest first (to page
     * forward from a stream id). {@code visible} is applied before {@code limit}.
     */
    List<StoredEvent> query(Kind kind, String source, Instant from, Instant to, Long afterSeq, int limit,
            Predicate<StoredEvent> visible) {
        List<Bson> filters = new ArrayList<>();
        if (source != null) {
            filters.add(eq("source", source));
        }
        if (from != null) {
            filters.add(gte("at", Date.from(from)));
        }
        if (to != null) {
            filters.add(lt("at", Date.from(to)));
        }
        if (afterSeq != null) {
            filters.add(gt("seq", afterSeq));
        }
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        Bson sort = afterSeq == null ? Sorts.descending("seq") : Sorts.ascending("seq");
        List<StoredEvent> found = new ArrayList<>();
        try (MongoCursor<Document> cursor = collections.get(kind).find(filter).sort(sort).iterator()) {
            while (cursor.hasNext() && found.size() < limit) {
                StoredEvent e = toEvent(kind, cursor.next());
                if (visible.test(e)) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    long purgeBefore(Kind kind, Instant cutoff) {
        return collections.get(kind).deleteMany(lt("at", Date.from(cutoff))).getDeletedCount();
    }

    private static StoredEvent toEvent(Kind kind, Document d) {
        Map<String, String> properties = new LinkedHashMap<>();
        Document p = d.get("properties", Document.class);
        if (p != null) {
            p.forEach((k, v) -> properties.put(k, String.valueOf(v)));
        }
        return new StoredEvent(((Number) d.get("seq")).longValue(), kind.wireName(), d.getString("topic"),
                d.getDate("at").toInstant(), d.getString("source"), properties);
    }
}
