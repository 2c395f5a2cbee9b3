package io.openemp.event.internal;

import static io.openemp.event.internal.Fixture.ANN;
import static io.openemp.event.internal.Fixture.BOB;
import static io.openemp.event.internal.Fixture.T0;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.event.api.Alarm;
import io.openemp.event.api.AlarmState;
import io.openemp.event.api.Severity;
import io.openemp.event.api.Transition;

public class AlarmLifecycleTest {

    private static Fixture fixture;
    private EventService events;

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
    }

    private Alarm raise() {
        return events.raise("M-1", "door-open", Severity.HIGH, "cabinet door open", "rule:x");
    }

    private static List<String> actions(Alarm alarm) {
        return alarm.history().stream().map(t -> t.action() + "/" + t.by()).collect(Collectors.toList());
    }

    @Test
    public void raisedAcknowledgedClearedClosed() {
        Alarm raised = raise();
        assertEquals(AlarmState.RAISED, raised.state());
        assertEquals(1, raised.count());
        assertEquals(T0, raised.firstRaisedAt());
        fixture.clock.advance(Duration.ofMinutes(1));
        Alarm acked = events.acknowledge(ANN, raised.id(), "on my way");
        assertEquals(AlarmState.ACKNOWLEDGED, acked.state());
        assertEquals("ann", acked.acknowledgedBy());
        assertEquals(T0.plusSeconds(60), acked.acknowledgedAt());
        fixture.clock.advance(Duration.ofMinutes(1));
        Alarm cleared = events.clear(BOB, raised.id(), "door shut");
        assertEquals(AlarmState.ACKNOWLEDGED_CLEARED, cleared.state());
        assertEquals(T0.plusSeconds(120), cleared.clearedAt());
        fixture.clock.advance(Duration.ofMinutes(1));
        Alarm closed = events.close(ANN, raised.id(), null);
        assertEquals(AlarmState.CLOSED, closed.state());
        assertEquals(T0.plusSeconds(180), closed.closedAt());
        assertEquals(List.of("raised/rule:x", "acknowledged/ann", "cleared/bob", "closed/ann"), actions(closed));
        assertEquals(new Transition("acknowledged", "ann", T0.plusSeconds(60), "on my way"), closed.history().get(1));
        assertEquals(closed, events.get(ANN, raised.id()));
    }

    @Test
    public void raisedClearedAcknowledgedClosed() {
        Alarm raised = raise();
        Alarm cleared = events.clear("M-1", "door-open", "rule:x", "back to normal").orElseThrow();
        assertEquals(AlarmState.CLEARED, cleared.state());
        Alarm acked = events.acknowledge(ANN, raised.id(), null);
        assertEquals(AlarmState.ACKNOWLEDGED_CLEARED, acked.state());
        Alarm closed = events.close(BOB, raised.id(), "done");
        assertEquals(AlarmState.CLOSED, closed.state());
        assertEquals(List.of("raised/rule:x", "cleared/rule:x", "acknowledged/ann", "closed/bob"), actions(closed));
    }

    @Test
    public void aRepeatedRaiseCountsUpTheOpenAlarm() {
        Alarm first = raise();
        fixture.clock.advance(Duration.ofSeconds(30));
        Alarm second = events.raise("M-1", "door-open", Severity.CRITICAL, "cabinet door still open", "rule:x");
        assertEquals(first.id(), second.id());
        assertEquals(2, second.count());
        assertEquals(T0, second.firstRaisedAt());
        assertEquals(T0.plusSeconds(30), second.lastRaisedAt());
        assertEquals(Severity.CRITICAL, second.severity());
        assertEquals("cabinet door still open", second.message());
        // another condition or another source is another alarm
        assertNotEquals(first.id(), events.raise("M-1", "cover-open", Severity.LOW, "cover", "rule:x").id());
        assertNotEquals(first.id(), events.raise("M-2", "door-open", Severity.LOW, "door", "rule:x").id());
        assertEquals(3, events.list(ANN, null, null, false, 100).size());
    }

    @Test
    public void aRaiseOfAClearedButOpenAlarmMakesItActiveAgain() {
        Alarm first = raise();
        events.clear("M-1", "door-open", "rule:x", null);
        Alarm again = raise();
        assertEquals(first.id(), again.id());
        assertEquals(AlarmState.RAISED, again.state());
        assertEquals(2, again.count());
    }

    @Test
    public void afterCloseTheNextRaiseOpensANewAlarm() {
        Alarm first = raise();
        events.acknowledge(ANN, first.id(), null);
        events.clear(ANN, first.id(), null);
        events.close(ANN, first.id(), null);
        Alarm second = raise();
        assertNotEquals(first.id(), second.id());
        assertEquals(1, second.count());
        assertEquals(AlarmState.CLOSED, events.get(ANN, first.id()).state());
    }

    @Test
    public void invalidTransitionsAreRefusedAndSayWhy() {
        Alarm alarm = raise();
        refused(() -> events.close(ANN, alarm.id(), null), "close", "RAISED", "still active: clear it first");
        events.acknowledge(ANN, alarm.id(), null);
        refused(() -> events.acknowledge(BOB, alarm.id(), null), "acknowledge", "ACKNOWLEDGED", "already acknowledged (by ann");
        events.clear(ANN, alarm.id(), null);
        refused(() -> events.clear(ANN, alarm.id(), null), "clear", "ACKNOWLEDGED_CLEARED", "already cleared");
        events.close(ANN, alarm.id(), null);
        refused(() -> events.close(ANN, alarm.id(), null), "close", "CLOSED", "it is closed");
        refused(() -> events.acknowledge(ANN, alarm.id(), null), "acknowledge", "CLOSED", "it is closed");
        refused(() -> events.shelve(ANN, alarm.id(), Duration.ofMinutes(5), "noisy"), "shelve", "CLOSED", "it is closed");

        Alarm other = events.raise("M-9", "x", Severity.LOW, "x", "rule:y");
        events.clear(ANN, other.id(), null);
        refused(() -> events.close(ANN, other.id(), null), "close", "CLEARED", "not acknowledged: acknowledge it first");
        // a refused transition changes nothing
        assertEquals(List.of("raised/rule:y", "cleared/ann"), actions(events.get(ANN, other.id())));
    }

    private static void refused(Runnable operation, String action, String state, String reason) {
        try {
            operation.run();
            fail("expected " + action + " to be refused");
        } catch (AlarmException e) {
            assertEquals(AlarmException.Kind.INVALID_TRANSITION, e.kind());
            assertEquals(action, e.action());
            assertEquals(state, e.state());
            assertTrue(e.getMessage(), e.getMessage().contains(reason));
        }
    }

    @Test
    public void unknownAndMalformedIdsAreNotFound() {
        for (String id : new String[] { "0123456789abcdef01234567", "nope", "", "{\"$gt\":\"\"}" }) {
            try {
                events.acknowledge(ANN, id, null);
                fail(id);
            } catch (AlarmException e) {
                assertEquals(AlarmException.Kind.NOT_FOUND, e.kind());
                assertEquals("no alarm '" + id + "'", e.getMessage());
            }
        }
    }

    @Test
    public void badTextsAreRefusedNamingTheField() {
        checkRefused("source", () -> events.raise("", "c", Severity.LOW, "m", "u"));
        checkRefused("condition", () -> events.raise("s", "x".repeat(201), Severity.LOW, "m", "u"));
        checkRefused("message", () -> events.raise("s", "c", Severity.LOW, "line\nbreak", "u"));
        checkRefused("message", () -> events.raise("s", "c", Severity.LOW, null, "u"));
        assertTrue(events.list(ANN, null, null, true, 100).isEmpty());
    }

    private static void checkRefused(String field, Runnable operation) {
        try {
            operation.run();
            fail("expected " + field + " to be refused");
        } catch (InvalidField e) {
            assertEquals(field, e.field());
        }
    }

    @Test
    public void concurrentRaisesOfOneConditionMakeOneAlarm() throws Exception {
        int threads = 4;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        ids.add(events.raise("M-7", "overvoltage", Severity.HIGH, "U > 253 V", "rule:v").id());
                    }
                    return ids;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            Set<String> ids = new java.util.HashSet<>();
            for (Future<List<String>> f : futures) {
                ids.addAll(f.get());
            }
            assertEquals("every raise answered with the same alarm", 1, ids.size());
            assertEquals(threads * each, events.get(ANN, ids.iterator().next()).count());
            assertEquals(1, fixture.database().getCollection(AlarmStore.COLLECTION).countDocuments(new Document("source", "M-7")));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void historyIsBoundedButTheCountIsNot() {
        Alarm alarm = null;
        for (int i = 0; i < AlarmStore.HISTORY_LIMIT + 20; i++) {
            alarm = raise();
        }
        assertEquals(AlarmStore.HISTORY_LIMIT + 20, alarm.count());
        assertEquals(AlarmStore.HISTORY_LIMIT, alarm.history().size());
        alarm = events.acknowledge(ANN, alarm.id(), null);
        assertEquals("acknowledged", alarm.history().get(AlarmStore.HISTORY_LIMIT - 1).action());
    }

    @Test
    public void listFiltersByStateAndSourceNewestFirst() {
        Alarm a = events.raise("M-1", "a", Severity.LOW, "a", "u");
        fixture.clock.advance(Duration.ofSeconds(1));
        Alarm b = events.raise("M-2", "b", Severity.LOW, "b", "u");
        fixture.clock.advance(Duration.ofSeconds(1));
        Alarm c = events.raise("M-1", "c", Severity.LOW, "c", "u");
        events.acknowledge(ANN, b.id(), null);
        events.acknowledge(ANN, c.id(), null);
        events.clear(ANN, c.id(), null);
        events.close(ANN, c.id(), null);
        assertEquals(List.of(b.id(), a.id()), ids(events.list(ANN, null, null, false, 100)));
        assertEquals(List.of(a.id()), ids(events.list(ANN, AlarmState.RAISED, null, false, 100)));
        assertEquals(List.of(b.id()), ids(events.list(ANN, AlarmState.ACKNOWLEDGED, null, false, 100)));
        assertEquals(List.of(c.id()), ids(events.list(ANN, AlarmState.CLOSED, null, false, 100)));
        assertEquals(List.of(a.id()), ids(events.list(ANN, null, "M-1", false, 100)));
        assertEquals(List.of(b.id()), ids(events.list(ANN, null, null, false, 1)));
    }

    @Test
    public void theScopeHookHidesOtherSourcesEverywhere() {
        events.bindScope((caller, topic, source) -> !caller.user().equals("bob") || source.startsWith("county-b/"));
        Alarm a = events.raise("county-a/M-1", "x", Severity.LOW, "a", "u");
        fixture.clock.advance(Duration.ofSeconds(1)); // the list is newest first: equal instants have no order
        Alarm b = events.raise("county-b/M-1", "x", Severity.LOW, "b", "u");
        assertEquals(List.of(b.id(), a.id()), ids(events.list(ANN, null, null, false, 100)));
        assertEquals(List.of(b.id()), ids(events.list(BOB, null, null, false, 100)));
        try {
            events.acknowledge(BOB, a.id(), null);
            fail();
        } catch (AlarmException e) {
            assertEquals("hidden alarms are answered like missing ones", AlarmException.Kind.NOT_FOUND, e.kind());
        }
        assertFalse(events.get(ANN, a.id()).acknowledged());
        try {
            events.raiseBy(BOB, "county-a/M-2", "x", Severity.LOW, "x");
            fail();
        } catch (InvalidField e) {
            assertEquals("source", e.field());
        }
    }

    private static List<String> ids(List<Alarm> alarms) {
        return alarms.stream().map(Alarm::id).collect(Collectors.toList());
    }
}
