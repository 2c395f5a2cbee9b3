package io.openemp.event.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static com.mongodb.client.model.Updates.unset;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.openemp.event.api.Alarm;
import io.openemp.event.api.AlarmState;
import io.openemp.event.api.Severity;
import io.openemp.event.api.Transition;

/**
 * The alarms collection. Every change is one atomic {@code findOneAndUpdate} whose filter carries the
 * transition's precondition, so two operators acting at once cannot both succeed where only one may. An open
 * alarm carries {@code openKey} (source and condition) under a unique sparse index: two concurrent raises of
 * the same condition end up in one alarm; closing removes the key so the next raise opens a new alarm.
 */
final class AlarmStore {

    static final String COLLECTION = "alarms";
    /** History entries kept per alarm: a chattering alarm must not grow its document without bound. */
    static final int HISTORY_LIMIT = 200;
    static final int MAX_TEXT = 200;
    static final int MAX_MESSAGE = 1000;

    private static final FindOneAndUpdateOptions UPSERT_AFTER =
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> alarms;
    private final Clock clock;

    AlarmStore(MongoDatabase database, Clock clock) {
        this.alarms = database.getCollection(COLLECTION);
        this.clock = clock;
        alarms.createIndex(Indexes.ascending("openKey"), new IndexOptions().unique(true).sparse(true).name("open_alarm"));
        alarms.createIndex(Indexes.descending("lastRaisedAt"), new IndexOptions().name("last_raised"));
        alarms.createIndex(Indexes.ascending("closedAt"), new IndexOptions().name("closed_at"));
    }

    /** Opens the alarm, or counts it up on the open alarm of the same source and condition. */
    Alarm raise(String source, String condition, Severity severity, String message, String by) {
        InvalidField.check("source", source, MAX_TEXT);
        InvalidField.check("condition", condition, MAX_TEXT);
        InvalidField.check("message", message, MAX_MESSAGE);
        InvalidField.check("by", by, MAX_TEXT);
        Date now = now();
        Bson update = combine(
                setOnInsert("source", source), setOnInsert("condition", condition), setOnInsert("firstRaisedAt", now),
                setOnInsert("acknowledged", false), setOnInsert("closed", false),
                set("active", true), set("severity", severity.name()), set("message", message), set("lastRaisedAt", now),
                inc("count", 1L), history("raised", by, now, null));
        Bson open = eq("openKey", openKey(source, condition));
        for (int attempt = 1;; attempt++) {
            try {
                return toAlarm(alarms.findOneAndUpdate(open, update, UPSERT_AFTER));
            } catch (MongoWriteException | MongoCommandException e) {
                // Two upserts raced: one inserted, the other hit the unique key. Retrying updates the winner's alarm.
                if (!duplicateKey(e) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Returns the open, active alarm of the condition to normal; empty when there is none. */
    Optional<Alarm> clear(String source, String condition, String by, String note) {
        Date now = now();
        Document after = alarms.findOneAndUpdate(and(eq("openKey", openKey(source, condition)), eq("active", true)),
                combine(set("active", false), set("clearedAt", now), history("cleared", by, now, note)), AFTER);
        return Optional.ofNullable(after).map(this::toAlarm);
    }

    Alarm acknowledge(String id, String by, String note) {
        Date now = now();
        return transition(id, "acknowledge", and(eq("closed", false), eq("acknowledged", false)),
                combine(set("acknowledged", true), set("acknowledgedAt", now), set("acknowledgedBy", by),
                        history("acknowledged", by, now, note)));
    }

    Alarm clear(String id, String by, String note) {
        Date now = now();
        return transition(id, "clear", and(eq("closed", false), eq("active", true)),
                combine(set("active", false), set("clearedAt", now), history("cleared", by, now, note)));
    }

    Alarm close(String id, String by, String note) {
        Date now = now();
        return transition(id, "close", and(eq("closed", false), eq("active", false), eq("acknowledged", true)),
                combine(set("closed", true), set("closedAt", now), unset("openKey"), unset("shelvedUntil"),
                        unset("shelvedBy"), unset("shelveReason"), history("closed", by, now, note)));
    }

    Alarm shelve(String id, Instant until, String by, String reason) {
        Date now = now();
        return transition(id, "shelve", eq("closed", false),
                combine(set("shelvedUntil", Date.from(until)), set("shelvedBy", by), set("shelveReason", reason),
                        history("shelved", by, now, reason + " (until " + until + ")")));
    }

    Alarm unshelve(String id, String by, String note) {
        Date now = now();
        return transition(id, "unshelve", and(eq("closed", false), gt("shelvedUntil", now)), unshelving(by, now, note));
    }

    /** Lifts every shelving that has expired; returns the alarms it lifted. */
    List<Alarm> unshelveExpired() {
        Date now = now();
        List<Alarm> lifted = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        alarms.find(lte("shelvedUntil", now)).projection(new Document("_id", 1)).forEach(d -> ids.add(d.get("_id")));
        for (Object id : ids) {
            Document after = alarms.findOneAndUpdate(and(eq("_id", id), lte("shelvedUntil", now)),
                    unshelving("system", now, "shelving expired"), AFTER);
            if (after != null) {
                lifted.add(toAlarm(after));
            }
        }
        return lifted;
    }

    Optional<Alarm> get(String id) {
        return Optional.ofNullable(alarms.find(eq("_id", objectId(id))).first()).map(this::toAlarm);
    }

    /**
     * Alarms newest first (by last raise). {@code closed}: only open ones unless asked; shelved ones are left
     * out unless {@code includeShelved}. {@code visible} is applied before {@code limit}.
     */
    List<Alarm> list(AlarmState state, String source, boolean includeShelved, int limit, Predicate<Alarm> visible) {
        Date now = now();
        List<Bson> filters = new ArrayList<>();
        if (state == null) {
            filters.add(eq("closed", false));
        } else {
            filters.add(stateFilter(state));
        }
        if (source != null) {
            filters.add(eq("source", source));
        }
        if (!includeShelved) {
            filters.add(or(exists("shelvedUntil", false), lte("shelvedUntil", now)));
        }
        List<Alarm> found = new ArrayList<>();
        try (MongoCursor<Document> cursor = alarms.find(and(filters)).sort(Sorts.descending("lastRaisedAt")).iterator()) {
            while (cursor.hasNext() && found.size() < limit) {
                Alarm alarm = toAlarm(cursor.next());
                if (visible.test(alarm)) {
                    found.add(alarm);
                }
            }
        }
        return found;
    }

    /** Open, active alarms whose condition starts with {@code prefix} (to restore rule state at start). */
    List<Alarm> activeWithConditionPrefix(String prefix) {
        List<Alarm> found = new ArrayList<>();
        alarms.find(and(eq("closed", false), eq("active", true))).forEach(d -> {
            if (d.getString("condition").startsWith(prefix)) {
                found.add(toAlarm(d));
            }
        });
        return found;
    }

    long purgeClosedBefore(Instant cutoff) {
        return alarms.deleteMany(and(eq("closed", true), lt("closedAt", Date.from(cutoff)))).getDeletedCount();
    }

    private Alarm transition(String id, String action, Bson precondition, Bson changes) {
        ObjectId oid = objectId(id);
        Document after = alarms.findOneAndUpdate(and(eq("_id", oid), precondition), changes, AFTER);
        if (after != null) {
            return toAlarm(after);
        }
        Document current = alarms.find(eq("_id", oid)).first();
        if (current == null) {
            throw notFound(id);
        }
        Alarm alarm = toAlarm(current);
        throw new AlarmException(AlarmException.Kind.INVALID_TRANSITION, id, alarm.state().name(), action,
                "alarm " + id + " cannot " + action + ": " + refusal(action, alarm));
    }

    private String refusal(String action, Alarm alarm) {
        if (alarm.state() == AlarmState.CLOSED) {
            return "it is closed";
        }
        switch (action) {
            case "acknowledge":
                return "it is already acknowledged (by " + alarm.acknowledgedBy() + " at " + alarm.acknowledgedAt() + ")";
            case "clear":
                return "it is already cleared (at " + alarm.clearedAt() + ")";
            case "close":
                return alarm.active() ? "it is still active: clear it first" : "it is not acknowledged: acknowledge it first";
            case "unshelve":
                return "it is not shelved";
            default:
                return "it is " + alarm.state();
        }
    }

    static AlarmException notFound(String id) {
        return new AlarmException(AlarmException.Kind.NOT_FOUND, id, null, null, "no alarm '" + id + "'");
    }

    private static Bson unshelving(String by, Date now, String note) {
        return combine(unset("shelvedUntil"), unset("shelvedBy"), unset("shelveReason"), history("unshelved", by, now, note));
    }

    private static Bson stateFilter(AlarmState state) {
        switch (state) {
            case RAISED: return and(eq("closed", false), eq("active", true), eq("acknowledged", false));
            case ACKNOWLEDGED: return and(eq("closed", false), eq("active", true), eq("acknowledged", true));
            case CLEARED: return and(eq("closed", false), eq("active", false), eq("acknowledged", false));
            case ACKNOWLEDGED_CLEARED: return and(eq("closed", false), eq("active", false), eq("acknowledged", true));
            default: return eq("closed", true);
        }
    }

    private static Bson history(String action, String by, Date at, String note) {
        Document entry = new Document("action", action).append("by", by).append("at", at);
        if (note != null) {
            entry.append("note", note);
        }
        return Updates.pushEach("history", List.of(entry), new PushOptions().slice(-HISTORY_LIMIT));
    }

    /** The unique key of an open alarm; the separator cannot occur in either part (checked texts). */
    static String openKey(String source, String condition) {
        return source + '\u001f' + condition;
    }

    static ObjectId objectId(String id) {
        if (id == null || !ObjectId.isValid(id)) {
            throw notFound(String.valueOf(id));
        }
        return new ObjectId(id);
    }

    private static boolean duplicateKey(RuntimeException e) {
        if (e instanceof MongoWriteException) {
            return ((MongoWriteException) e).getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return ErrorCategory.fromErrorCode(((MongoCommandException) e).getErrorCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    Alarm toAlarm(Document d) {
        boolean active = d.getBoolean("active", false);
        boolean acknowledged = d.getBoolean("acknowledged", false);
        boolean closed = d.getBoolean("closed", false);
        Instant shelvedUntil = instant(d, "shelvedUntil");
        List<Transition> history = new ArrayList<>();
        for (Document h : d.getList("history", Document.class, List.of())) {
            history.add(new Transition(h.getString("action"), h.getString("by"), instant(h, "at"), h.getString("note")));
        }
        Number count = (Number) d.get("count");
        return new Alarm(d.getObjectId("_id").toHexString(), d.getString("source"), d.getString("condition"),
                Severity.valueOf(d.getString("severity")), d.getString("message"),
                AlarmState.of(active, acknowledged, closed), active, acknowledged,
                shelvedUntil != null && shelvedUntil.isAfter(clock.instant()),
                count == null ? 0 : count.longValue(), instant(d, "firstRaisedAt"), instant(d, "lastRaisedAt"),
                instant(d, "clearedAt"), instant(d, "acknowledgedAt"), d.getString("acknowledgedBy"), instant(d, "closedAt"),
                shelvedUntil, d.getString("shelvedBy"), d.getString("shelveReason"), List.copyOf(history));
    }

    private static Instant instant(Document d, String key) {
        Date date = d.getDate(key);
        return date == null ? null : date.toInstant();
    }
}
