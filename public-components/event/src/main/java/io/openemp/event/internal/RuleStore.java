package io.openemp.event.internal;

import static com.mongodb.client.model.Filters.eq;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

import io.openemp.event.api.Rule;
import io.openemp.event.api.RuleKind;
import io.openemp.event.api.Severity;

/** The limit rules, kept as documents; decimals as Decimal128 so that thresholds stay exact. */
final class RuleStore {

    static final String COLLECTION = "rules";

    private final MongoCollection<Document> rules;

    RuleStore(MongoDatabase database) {
        this.rules = database.getCollection(COLLECTION);
    }

    /** Stores {@code rule} under a new id and returns it with that id. */
    Rule insert(Rule rule) {
        ObjectId id = new ObjectId();
        Rule stored = new Rule(id.toHexString(), rule.name(), rule.kind(), rule.meter(), rule.readingType(), rule.threshold(),
                rule.deadband(), rule.onDelaySeconds(), rule.offDelaySeconds(), rule.intervalSeconds(), rule.intervals(),
                rule.severity(), rule.createdAt(), rule.createdBy());
        Document d = new Document("_id", id).append("name", stored.name()).append("kind", stored.kind().name())
                .append("meter", stored.meter()).append("readingType", stored.readingType())
                .append("threshold", decimal(stored.threshold())).append("deadband", decimal(stored.deadband()))
                .append("onDelaySeconds", stored.onDelaySeconds()).append("offDelaySeconds", stored.offDelaySeconds())
                .append("intervalSeconds", stored.intervalSeconds()).append("intervals", stored.intervals())
                .append("severity", stored.severity().name()).append("createdAt", Date.from(stored.createdAt()))
                .append("createdBy", stored.createdBy());
        rules.insertOne(d);
        return stored;
    }

    List<Rule> all() {
        List<Rule> found = new ArrayList<>();
        rules.find().sort(Sorts.ascending("_id")).forEach(d -> found.add(toRule(d)));
        return found;
    }

    long count() {
        return rules.countDocuments();
    }

    Optional<Rule> get(String id) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(rules.find(eq("_id", new ObjectId(id))).first()).map(RuleStore::toRule);
    }

    boolean delete(String id) {
        return ObjectId.isValid(id) && rules.deleteOne(eq("_id", new ObjectId(id))).getDeletedCount() == 1;
    }

    private static Decimal128 decimal(BigDecimal value) {
        return value == null ? null : new Decimal128(value);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : ((Decimal128) value).bigDecimalValue();
    }

    private static Rule toRule(Document d) {
        return new Rule(d.getObjectId("_id").toHexString(), d.getString("name"), RuleKind.valueOf(d.getString("kind")),
                d.getString("meter"), d.getString("readingType"), decimal(d.get("threshold")), decimal(d.get("deadband")),
                d.getInteger("onDelaySeconds"), d.getInteger("offDelaySeconds"), d.getInteger("intervalSeconds"),
                d.getInteger("intervals"), Severity.valueOf(d.getString("severity")), d.getDate("createdAt").toInstant(),
                d.getString("createdBy"));
    }
}
