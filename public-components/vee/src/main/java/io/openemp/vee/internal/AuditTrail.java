package io.openemp.vee.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import io.openemp.vee.api.AuditEntry;
import io.openemp.vee.api.AuditPage;

/**
 * The edit audit trail: one document per manual edit in the collection {@value #COLLECTION} of the {@code vee}
 * database. Values are kept as decimal strings (exact on any server), instants as BSON dates (millisecond
 * precision, as the reading store's).
 */
final class AuditTrail {

    static final String COLLECTION = "edit-audit";

    /** Filter of {@link #query}; null fields do not filter. */
    record Query(String meter, String readingType, Instant from, Instant to, String user, int limit) {
    }

    private final MongoCollection<Document> trail;

    AuditTrail(MongoCollection<Document> trail) {
        this.trail = trail;
    }

    /** Indexes for the queries (a real MongoDB uses them; the embedded server scans). */
    void ensureIndexes() {
        trail.createIndex(Indexes.ascending("meter", "readingType", "at"));
        trail.createIndex(Indexes.descending("editedAt"));
    }

    String insert(AuditEntry e) {
        ObjectId id = new ObjectId();
        trail.insertOne(new Document("_id", id).append("meter", e.meter()).append("readingType", e.readingType())
                .append("at", Date.from(e.at()))
                .append("oldValue", e.oldValue() == null ? null : e.oldValue().toPlainString())
                .append("oldFlags", e.oldFlags()).append("newValue", e.newValue().toPlainString())
                .append("reason", e.reason()).append("rule", e.rule()).append("user", e.user())
                .append("transport", e.transport()).append("editedAt", Date.from(e.editedAt())));
        return id.toHexString();
    }

    /** Takes back an entry whose edit the reading store refused. */
    void remove(String id) {
        trail.deleteOne(Filters.eq("_id", new ObjectId(id)));
    }

    AuditPage query(Query q) {
        List<Bson> filters = new ArrayList<>();
        if (q.meter() != null) {
            filters.add(Filters.eq("meter", q.meter()));
        }
        if (q.readingType() != null) {
            filters.add(Filters.eq("readingType", q.readingType()));
        }
        if (q.from() != null) {
            filters.add(Filters.gte("at", Date.from(q.from())));
        }
        if (q.to() != null) {
            filters.add(Filters.lt("at", Date.from(q.to())));
        }
        if (q.user() != null) {
            filters.add(Filters.eq("user", q.user()));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<AuditEntry> entries = new ArrayList<>();
        for (Document d : trail.find(filter).sort(Sorts.descending("editedAt", "_id")).limit(q.limit() + 1)) {
            entries.add(decode(d));
        }
        boolean more = entries.size() > q.limit();
        return new AuditPage(more ? List.copyOf(entries.subList(0, q.limit())) : entries, more);
    }

    private static AuditEntry decode(Document d) {
        String old = d.getString("oldValue");
        return new AuditEntry(d.getObjectId("_id").toHexString(), d.getString("meter"), d.getString("readingType"),
                d.getDate("at").toInstant(), old == null ? null : new BigDecimal(old), d.getList("oldFlags", String.class),
                new BigDecimal(d.getString("newValue")), d.getString("reason"), d.getString("rule"), d.getString("user"),
                d.getString("transport"), d.getDate("editedAt").toInstant());
    }
}
