package io.openemp.event.internal;

import static io.openemp.event.internal.Fixture.ANN;
import static io.openemp.event.internal.Fixture.T0;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.event.api.Alarm;
import io.openemp.event.api.AlarmState;
import io.openemp.event.api.Rule;
import io.openemp.event.api.RuleKind;
import io.openemp.event.api.RuleSpec;
import io.openemp.event.api.Severity;
import io.openemp.event.api.StoredEvent;

/** The service end to end on the real store: bus readings through the rules to alarms, device and alarm events. */
public class BusAndRulesTest {

    private static Fixture fixture;
    private EventService events;
    private DirectBus bus;

    @BeforeClass
    public static void startStore() {
        fixture = new Fixture();
    }

    @AfterClass
    public static void stopStore() {
        fixture.close();
    }

    @Before
    public void freshService() {
        fixture.clock.set(T0);
        events = fixture.fresh();
        bus = new DirectBus();
        events.subscribe(bus);
    }

    private Rule create(RuleSpec spec) throws Exception {
        return events.createRule(RuleValidator.validate(spec, "ann", fixture.clock.instant()));
    }

    private void reading(String meter, int seconds, Object value) {
        bus.publish("emp/reading/dlt645", Map.of("meter", meter, "readingType", "voltage-a",
                "at", T0.plusSeconds(seconds).toEpochMilli(), "value", value));
    }

    private List<Alarm> open() {
        return events.list(ANN, null, null, true, 100);
    }

    @Test
    public void aHighRuleRaisesAndClearsAnAlarmFromBusReadings() throws Exception {
        Rule rule = create(new RuleSpec("over-voltage", RuleKind.HIGH, "M-1", "voltage-a", new BigDecimal("253"),
                new BigDecimal("3"), 0, 0, null, null, Severity.HIGH));
        reading("M-1", 0, "250.0");
        assertEquals(List.of(), open());
        reading("M-1", 60, 254.5);
        List<Alarm> alarms = open();
        assertEquals(1, alarms.size());
        Alarm alarm = alarms.get(0);
        assertEquals("M-1", alarm.source());
        assertEquals("rule/" + rule.id(), alarm.condition());
        assertEquals(Severity.HIGH, alarm.severity());
        assertEquals("voltage-a 254.5 above 253 (rule 'over-voltage')", alarm.message());
        assertEquals("rule:" + rule.id(), alarm.history().get(0).by());
        reading("M-1", 120, "251");
        assertEquals(AlarmState.RAISED, events.get(ANN, alarm.id()).state());
        reading("M-1", 180, "250");
        Alarm cleared = events.get(ANN, alarm.id());
        assertEquals(AlarmState.CLEARED, cleared.state());
        assertEquals("voltage-a back to 250", cleared.history().get(1).note());
        assertEquals(4L, (long) events.stats().get("readingsEvaluated"));
    }

    @Test
    public void batchesTheReadingStoreCommittedAreEvaluatedReadingByReading() throws Exception {
        create(new RuleSpec("over-voltage", RuleKind.HIGH, "M-9", "voltage-a", new BigDecimal("253"),
                new BigDecimal("3"), 0, 0, null, null, Severity.HIGH));
        List<io.openemp.data.readings.api.Reading> batch = List.of(
                io.openemp.data.readings.api.Reading.of("M-9", "voltage-a", T0, new BigDecimal("250")),
                io.openemp.data.readings.api.Reading.of("M-9", "voltage-a", T0.plusSeconds(60), new BigDecimal("255")),
                io.openemp.data.readings.api.Reading.of("M-8", "voltage-a", T0.plusSeconds(60), new BigDecimal("999")));
        new StoredReadings(events).committed(batch);
        bus.publish(io.openemp.data.readings.api.ReadingStore.STORED_TOPIC, Map.of("count", 3, "inserted", 3, "revised", 0));
        List<Alarm> alarms = open();
        assertEquals("only M-9 has a rule", 1, alarms.size());
        assertEquals("M-9", alarms.get(0).source());
        assertEquals(3L, (long) events.stats().get("readingsEvaluated"));
        assertEquals("the counts event is not a malformed reading", 0L, (long) events.stats().get("readingsRefused"));
    }

    @Test
    public void malformedReadingsAreCountedAndIgnored() throws Exception {
        create(new RuleSpec("hi", RuleKind.HIGH, "*", "voltage-a", BigDecimal.ONE, null, null, null, null, null, null));
        bus.publish("emp/reading/x", Map.of("meter", "M-1", "readingType", "voltage-a", "at", "yesterday", "value", "5"));
        bus.publish("emp/reading/x", Map.of("meter", "M-1", "readingType", "voltage-a", "at", 0L, "value", "five"));
        bus.publish("emp/reading/x", Map.of("meter", "M-1", "readingType", "voltage-a", "at", 0L, "value", "1e999999999"));
        bus.publish("emp/reading/x", Map.of("meter", "M-1", "readingType", "voltage-a", "at", 0L, "value", Double.NaN));
        bus.publish("emp/reading/x", Map.of("readingType", "voltage-a", "at", 0L, "value", "5"));
        assertEquals(List.of(), open());
        assertEquals(5L, (long) events.stats().get("readingsRefused"));
        assertEquals(0L, (long) events.stats().get("readingsEvaluated"));
        bus.publish("emp/reading/x", Map.of("meter", "M-1", "readingType", "voltage-a", "at", "2026-11-25T10:00:00Z", "value", "5"));
        assertEquals(1, open().size());
    }

    @Test
    public void aStaleRuleRaisesOnTheSweepAndClearsOnAFreshReading() throws Exception {
        create(new RuleSpec("silent", RuleKind.STALE, "M-1", "voltage-a", null, null, null, null, 900, 2, Severity.LOW));
        fixture.clock.advance(Duration.ofMinutes(31));
        events.sweep();
        List<Alarm> alarms = open();
        assertEquals(1, alarms.size());
        assertTrue(alarms.get(0).message(), alarms.get(0).message().startsWith("no voltage-a reading since 2026-11-25T10:00:00Z"));
        reading("M-1", 31 * 60, "230");
        assertEquals(AlarmState.CLEARED, events.get(ANN, alarms.get(0).id()).state());
    }

    @Test
    public void deletingARuleClearsItsAlarmsAndStopsIt() throws Exception {
        Rule rule = create(new RuleSpec("hi", RuleKind.HIGH, "*", "voltage-a", new BigDecimal("10"), null, null, null, null,
                null, null));
        reading("M-1", 0, "11");
        reading("M-2", 0, "12");
        assertEquals(2, open().size());
        assertEquals(rule, events.deleteRule(ANN, rule.id()).orElseThrow());
        assertTrue(open().stream().allMatch(a -> a.state() == AlarmState.CLEARED));
        reading("M-3", 10, "50");
        assertEquals(2, open().size());
        assertTrue(events.deleteRule(ANN, rule.id()).isEmpty());
        assertEquals(List.of(), events.rules());
    }

    @Test
    public void rulesAndTheirActiveStatesSurviveARestart() throws Exception {
        Rule rule = create(new RuleSpec("hi", RuleKind.HIGH, "M-1", "voltage-a", new BigDecimal("10.5"), new BigDecimal("0.5"),
                null, null, null, null, null));
        reading("M-1", 0, "11");
        EventService restarted = fixture.restarted();
        DirectBus bus2 = new DirectBus();
        restarted.subscribe(bus2);
        assertEquals(List.of(rule), restarted.rules());
        bus2.publish("emp/reading/x", Map.of("meter", "M-1", "readingType", "voltage-a", "at", 60_000L + T0.toEpochMilli(), "value", "12"));
        Alarm alarm = restarted.list(ANN, null, null, false, 10).get(0);
        assertEquals("still high after the restart: no repeated raise", 1, alarm.count());
        bus2.publish("emp/reading/x", Map.of("meter", "M-1", "readingType", "voltage-a", "at", 120_000L + T0.toEpochMilli(), "value", "10"));
        assertEquals(AlarmState.CLEARED, restarted.get(ANN, alarm.id()).state());
    }

    @Test
    public void deviceEventsAreKeptAndQueryable() {
        bus.publish("emp/device/offline", Map.of("device", "C-17", "reason", "no heartbeat", "at", "2026-11-25T09:59:00Z"));
        fixture.clock.advance(Duration.ofSeconds(5));
        bus.publish("emp/device/online", Map.of("device", "C-17", "bad.key", 3));
        bus.publish("emp/device/online", Map.of("meter", "M-9"));
        List<StoredEvent> all = events.query(ANN, EventLog.Kind.DEVICE, null, null, null, null, 100);
        assertEquals(3, all.size());
        assertEquals("M-9", all.get(0).source());
        StoredEvent offline = all.get(2);
        assertEquals("emp/device/offline", offline.topic());
        assertEquals(java.time.Instant.parse("2026-11-25T09:59:00Z"), offline.at());
        assertEquals("no heartbeat", offline.properties().get("reason"));
        assertEquals("3", all.get(1).properties().get("bad_key"));
        assertEquals(2, events.query(ANN, EventLog.Kind.DEVICE, "C-17", null, null, null, 100).size());
        List<StoredEvent> after = events.query(ANN, EventLog.Kind.DEVICE, null, null, null, offline.seq(), 100);
        assertEquals("after a stream id: oldest first", List.of(all.get(1), all.get(0)), after);
        assertEquals("from T0 leaves out the 09:59 event", 2, events.query(ANN, EventLog.Kind.DEVICE, null, T0, null, null, 100).size());
    }

    @Test
    public void componentsRaiseAndClearAlarmsOnTheBus() {
        bus.publish("emp/alarm/gdw376", Map.of("source", "C-3", "condition", "clock-drift", "severity", "HIGH",
                "message", "clock 95 s off"));
        bus.publish("emp/alarm/gdw376", Map.of("source", "C-3", "condition", "clock-drift", "message", "clock 97 s off"));
        bus.publish("emp/alarm/gdw376", Map.of("source", "C-3", "condition", "x", "severity", "BAD", "message", "m"));
        List<Alarm> alarms = open();
        assertEquals(1, alarms.size());
        assertEquals(2, alarms.get(0).count());
        assertEquals("bus:gdw376", alarms.get(0).history().get(0).by());
        bus.publish("emp/alarm/gdw376", Map.of("action", "clear", "source", "C-3", "condition", "clock-drift"));
        assertEquals(AlarmState.CLEARED, open().get(0).state());
    }
}
