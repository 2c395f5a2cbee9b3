package io.openemp.event.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;

import io.openemp.bus.api.BusEvent;
import io.openemp.bus.api.EventBus;
import io.openemp.bus.api.Subscription;
import io.openemp.bus.api.Topics;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.documents.api.DocumentStore;
import io.openemp.event.api.Alarm;
import io.openemp.event.api.AlarmService;
import io.openemp.event.api.AlarmState;
import io.openemp.event.api.EventScope;
import io.openemp.event.api.Rule;
import io.openemp.event.api.Severity;
import io.openemp.event.api.StoredEvent;
import io.openemp.event.api.Transition;
import io.openemp.plugin.api.Caller;

/**
 * The core of the event service: alarms, device events and audit entries in the document store (database of
 * component {@value #COMPONENT}), the limit rules, the bus subscriptions, the timers and the live stream. The
 * RPC components, the servlet and the console commands are thin layers over it.
 */
@Component(service = { EventService.class, AlarmService.class }, configurationPid = EventService.PID)
@Designate(ocd = EventConfig.class)
public class EventService implements AlarmService {

    public static final String PID = "io.openemp.event";
    static final String COMPONENT = "event";
    static final List<String> STREAM_TOPICS = List.of("alarm", "device", "audit", "plugin");

    private static final Logger LOG = LoggerFactory.getLogger(EventService.class);

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Clock clock;
    private final Settings settings;
    private final AlarmStore alarms;
    private final EventLog log;
    private final RuleStore ruleStore;
    private final RuleEngine engine;
    private final StreamHub hub;
    private final Executor worker;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final AtomicLong readings = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong busDropped = new AtomicLong();
    private volatile EventScope scope;
    private ScheduledExecutorService timer;

    @Activate
    public EventService(@Reference DocumentStore documents, @Reference EventBus bus, EventConfig config) {
        this(documents.database(COMPONENT), Clock.systemUTC(), Settings.of(config), null);
        subscribe(bus);
        startTimers();
    }

    /**
     * For tests and for the DS constructor: {@code worker} runs bus work (a bounded single thread when null;
     * tests pass {@code Runnable::run}). No bus subscription and no timers until asked.
     */
    EventService(MongoDatabase database, Clock clock, Settings settings, Executor worker) {
        this.clock = clock;
        this.settings = settings;
        this.alarms = new AlarmStore(database, clock);
        this.log = new EventLog(database);
        this.ruleStore = new RuleStore(database);
        this.engine = new RuleEngine(clock);
        this.hub = new StreamHub(settings.ringSize(), settings.clientQueueCapacity(), clock.millis() * 1000);
        this.worker = worker != null ? worker : boundedWorker(settings.busQueueCapacity());
        for (Rule rule : ruleStore.all()) {
            engine.put(rule);
        }
        for (Alarm alarm : alarms.activeWithConditionPrefix("rule/")) {
            engine.restoreActive(alarm.condition().substring("rule/".length()), alarm.source());
        }
    }

    private ExecutorService boundedWorker(int capacity) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(capacity), r -> {
            Thread t = new Thread(r, "openemp-event-bus");
            t.setDaemon(true);
            return t;
        }, (task, executor) -> {
            if (busDropped.incrementAndGet() % 1000 == 1) {
                LOG.warn("event service bus queue full ({}): {} bus events dropped so far", capacity, busDropped.get());
            }
        });
    }

    void subscribe(EventBus bus) {
        subscriptions.add(bus.subscribe(Topics.READING + "/*", e -> worker.execute(() -> onReading(e))));
        subscriptions.add(bus.subscribe(Topics.DEVICE + "/*", e -> worker.execute(() -> onDeviceEvent(e))));
        subscriptions.add(bus.subscribe(Topics.ALARM + "/*", e -> worker.execute(() -> onBusAlarm(e))));
        subscriptions.add(bus.subscribe(Topics.PLUGIN + "/*", e -> worker.execute(() -> onPluginEvent(e))));
    }

    /**
     * A batch the reading store committed (through {@link StoredReadings}): handed to the bus worker, so the store's
     * appending thread only enqueues; when that bounded queue is full the batch is dropped and counted like any bus
     * event, and the stale-data rules still see the meters at their next readings.
     */
    void onCommitted(List<Reading> batch) {
        worker.execute(() -> onStoredBatch(batch));
    }

    /** Every reading of a committed batch through the rules, in order. */
    void onStoredBatch(List<Reading> batch) {
        for (Reading r : batch) {
            if (r.value() != null) {
                readings.incrementAndGet();
                apply(engine.onReading(new Sample(r.meter(), r.readingType(), r.at(), r.value())));
            }
        }
    }

    void startTimers() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "openemp-event-timer");
            t.setDaemon(true);
            return t;
        });
        long sweep = settings.sweep().toMillis();
        timer.scheduleWithFixedDelay(guarded("sweep", this::sweep), sweep, sweep, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(guarded("purge", this::purge), 0, settings.purgeInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("event service {} failed; it runs again at its next interval", what, e);
            }
        };
    }

    @Deactivate
    void deactivate() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        if (timer != null) {
            timer.shutdownNow();
        }
        if (worker instanceof ExecutorService) {
            ((ExecutorService) worker).shutdownNow();
        }
        hub.close();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindScope(EventScope scope) {
        this.scope = scope;
    }

    void unbindScope(EventScope scope) {
        if (this.scope == scope) {
            this.scope = null;
        }
    }

    // --- scope -------------------------------------------------------------------------------------------

    /** Whether {@code caller} may see events of {@code topic} about {@code source} (the {@link EventScope} hook). */
    boolean permits(Caller caller, String topic, String source) {
        EventScope current = scope;
        return current == null || current.permits(caller, topic, source);
    }

    // --- alarms ------------------------------------------------------------------------------------------

    @Override
    public Alarm raise(String source, String condition, Severity severity, String message, String by) {
        Alarm alarm = alarms.raise(source, condition, severity, message, by);
        stream(alarm.count() == 1 ? "raised" : "repeated", alarm);
        return alarm;
    }

    @Override
    public Optional<Alarm> clear(String source, String condition, String by, String note) {
        Optional<Alarm> cleared = alarms.clear(source, condition, by, note);
        cleared.ifPresent(a -> stream("cleared", a));
        return cleared;
    }

    /** An alarm the caller may see; otherwise "no alarm" (whether it exists is not revealed). */
    Alarm get(Caller caller, String id) {
        Alarm alarm = alarms.get(id).orElseThrow(() -> AlarmStore.notFound(id));
        if (!permits(caller, "alarm", alarm.source())) {
            throw AlarmStore.notFound(id);
        }
        return alarm;
    }

    List<Alarm> list(Caller caller, AlarmState state, String source, boolean includeShelved, int limit) {
        return alarms.list(state, source, includeShelved, limit, a -> permits(caller, "alarm", a.source()));
    }

    Alarm raiseBy(Caller caller, String source, String condition, Severity severity, String message) {
        if (!permits(caller, "alarm", source)) {
            throw new InvalidField("source", "is outside your scope");
        }
        Alarm alarm = raise(source, condition, severity, message, caller.user());
        audit("alarm.raise", caller, alarm);
        return alarm;
    }

    Alarm acknowledge(Caller caller, String id, String note) {
        get(caller, id);
        return operated("acknowledged", "alarm.ack", caller, alarms.acknowledge(id, caller.user(), note));
    }

    Alarm clear(Caller caller, String id, String note) {
        get(caller, id);
        return operated("cleared", "alarm.clear", caller, alarms.clear(id, caller.user(), note));
    }

    Alarm close(Caller caller, String id, String note) {
        get(caller, id);
        return operated("closed", "alarm.close", caller, alarms.close(id, caller.user(), note));
    }

    Alarm shelve(Caller caller, String id, Duration duration, String reason) {
        if (duration.isNegative() || duration.isZero() || duration.compareTo(settings.maxShelve()) > 0) {
            throw new InvalidField("minutes", "must be 1 to " + settings.maxShelve().toMinutes() + " (maxShelveHours)");
        }
        InvalidField.check("reason", reason, AlarmStore.MAX_TEXT);
        get(caller, id);
        return operated("shelved", "alarm.shelve", caller, alarms.shelve(id, clock.instant().plus(duration), caller.user(), reason));
    }

    Alarm unshelve(Caller caller, String id, String note) {
        get(caller, id);
        return operated("unshelved", "alarm.unshelve", caller, alarms.unshelve(id, caller.user(), note));
    }

    private Alarm operated(String type, String action, Caller caller, Alarm alarm) {
        stream(type, alarm);
        audit(action, caller, alarm);
        return alarm;
    }

    // --- rules -------------------------------------------------------------------------------------------

    Rule createRule(Rule rule) {
        Rule stored = ruleStore.insert(rule);
        engine.put(stored);
        audit("alarm.rule.create", stored.createdBy(), stored.meter(), Map.of("rule", stored.id(), "name", stored.name(),
                "kind", stored.kind().name()));
        return stored;
    }

    long ruleCount() {
        return ruleStore.count();
    }

    List<Rule> rules() {
        return ruleStore.all();
    }

    Optional<Rule> rule(String id) {
        return ruleStore.get(id);
    }

    /** Deletes the rule and clears its active alarms; empty when there is no such rule. */
    Optional<Rule> deleteRule(Caller caller, String id) {
        Optional<Rule> rule = ruleStore.get(id);
        if (rule.isEmpty() || !ruleStore.delete(id)) {
            return Optional.empty();
        }
        engine.remove(id);
        for (Alarm alarm : alarms.activeWithConditionPrefix(rule.get().condition())) {
            if (alarm.condition().equals(rule.get().condition())) {
                clear(alarm.source(), alarm.condition(), "rule:" + id, "rule deleted by " + caller.user());
            }
        }
        audit("alarm.rule.delete", caller.user(), rule.get().meter(), Map.of("rule", id, "name", rule.get().name()));
        return rule;
    }

    // --- bus ---------------------------------------------------------------------------------------------

    void onReading(BusEvent event) {
        if (ReadingStore.STORED_TOPIC.equals(event.topic())) {
            return; // counts only; the readings come through StoredReadings
        }
        Sample sample;
        try {
            sample = BusReadings.parse(event.properties());
        } catch (IllegalArgumentException e) {
            if (rejected.incrementAndGet() % 1000 == 1) {
                LOG.warn("reading event on {} refused ({} so far): {}", event.topic(), rejected.get(), e.getMessage());
            }
            return;
        }
        readings.incrementAndGet();
        apply(engine.onReading(sample));
    }

    private void apply(List<RuleEngine.Action> actions) {
        for (RuleEngine.Action a : actions) {
            String by = "rule:" + a.rule().id();
            if (a.raise()) {
                raise(a.meter(), a.rule().condition(), a.rule().severity(), a.message(), by);
            } else {
                clear(a.meter(), a.rule().condition(), by, a.message());
            }
        }
    }

    void onDeviceEvent(BusEvent event) {
        Map<String, String> properties = texts(event.properties());
        String source = firstOf(properties, "device", "meter", "source");
        Instant at = clock.instant();
        Object declared = event.get("at");
        if (declared != null) {
            try {
                at = BusReadings.instant(declared);
            } catch (IllegalArgumentException e) {
                properties.put("atRejected", e.getMessage());
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "device");
        data.put("topic", event.topic());
        data.put("at", at);
        data.put("source", source);
        data.put("properties", properties);
        StreamEvent streamed = hub.publish("device", source, toJson(data));
        log.append(EventLog.Kind.DEVICE, new StoredEvent(streamed.id(), "device", event.topic(), at, source, properties));
    }

    /**
     * {@code emp/alarm/<component>}: {@code action} raise (default) or clear, {@code source}, {@code condition},
     * {@code severity} (default MEDIUM), {@code message}.
     */
    void onBusAlarm(BusEvent event) {
        String by = "bus:" + event.topic().substring(event.topic().lastIndexOf('/') + 1);
        Object source = event.get("source");
        Object condition = event.get("condition");
        try {
            if ("clear".equals(event.get("action"))) {
                clear(String.valueOf(source), String.valueOf(condition), by, (String) event.get("message"));
                return;
            }
            raise(source == null ? null : source.toString(), condition == null ? null : condition.toString(),
                    severity(event.get("severity")), String.valueOf(event.get("message")), by);
        } catch (IllegalArgumentException e) {
            LOG.warn("alarm event on {} refused: {}", event.topic(), e.getMessage());
        }
    }

    private static Severity severity(Object value) {
        if (value == null) {
            return Severity.MEDIUM;
        }
        for (Severity s : Severity.values()) {
            if (s.name().equals(value.toString())) {
                return s;
            }
        }
        throw new InvalidField("severity", "'" + value + "' is not LOW, MEDIUM, HIGH or CRITICAL");
    }

    void onPluginEvent(BusEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "plugin");
        data.put("topic", event.topic());
        data.put("properties", texts(event.properties()));
        hub.publish("plugin", null, toJson(data));
    }

    // --- timers ------------------------------------------------------------------------------------------

    /** Stale-data rules and expired shelving. */
    void sweep() {
        apply(engine.checkStale());
        for (Alarm alarm : alarms.unshelveExpired()) {
            stream("unshelved", alarm);
        }
    }

    /** Retention: old device events, old audit entries, alarms closed long ago. */
    void purge() {
        Instant now = clock.instant();
        long devices = log.purgeBefore(EventLog.Kind.DEVICE, now.minus(settings.deviceEventRetention()));
        long audits = log.purgeBefore(EventLog.Kind.AUDIT, now.minus(settings.auditRetention()));
        long closed = alarms.purgeClosedBefore(now.minus(settings.closedAlarmRetention()));
        if (devices + audits + closed > 0) {
            LOG.info("retention purge: {} device events, {} audit entries, {} closed alarms", devices, audits, closed);
        }
    }

    // --- events and the stream ---------------------------------------------------------------------------

    List<StoredEvent> query(Caller caller, EventLog.Kind kind, String source, Instant from, Instant to, Long afterSeq, int limit) {
        String topic = kind.wireName();
        return log.query(kind, source, from, to, afterSeq, limit, e -> permits(caller, topic, e.source()));
    }

    StreamHub hub() {
        return hub;
    }

    Settings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    /** Counters for {@code event.stats}. */
    Map<String, Long> stats() {
        Map<String, Long> s = new LinkedHashMap<>();
        s.put("readingsEvaluated", readings.get());
        s.put("readingsRefused", rejected.get());
        s.put("busEventsDropped", busDropped.get());
        s.put("rules", (long) engine.size());
        s.put("streamClients", (long) hub.clients());
        s.put("streamClientsDropped", hub.droppedClients());
        s.put("lastEventId", hub.lastId());
        return s;
    }

    /** Streams an alarm transition; the alarm goes with its latest history entry only (alarm.get has them all). */
    private void stream(String type, Alarm alarm) {
        List<Transition> history = alarm.history();
        Alarm brief = new Alarm(alarm.id(), alarm.source(), alarm.condition(), alarm.severity(), alarm.message(), alarm.state(),
                alarm.active(), alarm.acknowledged(), alarm.shelved(), alarm.count(), alarm.firstRaisedAt(),
                alarm.lastRaisedAt(), alarm.clearedAt(), alarm.acknowledgedAt(), alarm.acknowledgedBy(), alarm.closedAt(),
                alarm.shelvedUntil(), alarm.shelvedBy(), alarm.shelveReason(),
                history.isEmpty() ? List.of() : List.of(history.get(history.size() - 1)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("alarm", brief);
        hub.publish("alarm", alarm.source(), toJson(data));
    }

    private void audit(String action, Caller caller, Alarm alarm) {
        audit(action, caller.user(), alarm.source(), Map.of("alarm", alarm.id(), "condition", alarm.condition(),
                "state", alarm.state().name(), "transport", caller.transport()));
    }

    private void audit(String action, String by, String source, Map<String, String> details) {
        Instant now = clock.instant();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("by", by);
        properties.putAll(details);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "audit");
        data.put("action", action);
        data.put("at", now);
        data.put("source", source);
        data.put("properties", properties);
        StreamEvent streamed = hub.publish("audit", source, toJson(data));
        log.append(EventLog.Kind.AUDIT, new StoredEvent(streamed.id(), "audit", action, now, source, properties));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data cannot be written as JSON", e);
        }
    }

    private static Map<String, String> texts(Map<String, Object> properties) {
        Map<String, String> texts = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (texts.size() < 100) { // a document per event: keep it small whatever a publisher sends
                String text = String.valueOf(v);
                // Document keys may not contain '.' nor start with '$'
                texts.put(k.replace('.', '_').replace('$', '_'), text.length() > 1000 ? text.substring(0, 1000) : text);
            }
        });
        return texts;
    }

    private static String firstOf(Map<String, String> properties, String... names) {
        for (String name : names) {
            if (properties.containsKey(name)) {
                return properties.get(name);
            }
        }
        return null;
    }
}
