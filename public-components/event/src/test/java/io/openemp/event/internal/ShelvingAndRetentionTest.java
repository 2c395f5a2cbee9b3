package io.openemp.event.internal;

import static io.openemp.event.internal.Fixture.ANN;
import static io.openemp.event.internal.Fixture.BOB;
import static io.openemp.event.internal.Fixture.T0;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.bus.api.BusEvent;
import io.openemp.event.api.Alarm;
import io.openemp.event.api.Severity;
import io.openemp.event.api.Transition;

public class ShelvingAndRetentionTest {

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

    @Test
    public void aShelvedAlarmIsHiddenUntilItsShelvingExpires() {
        Alarm alarm = events.raise("M-1", "chatter", Severity.LOW, "chattering contact", "rule:c");
        Alarm shelved = events.shelve(ANN, alarm.id(), Duration.ofMinutes(30), "known fault, crew booked");
        assertTrue(shelved.shelved());
        assertEquals(T0.plus(Duration.ofMinutes(30)), shelved.shelvedUntil());
        assertEquals("ann", shelved.shelvedBy());
        assertTrue(events.list(BOB, null, null, false, 100).isEmpty());
        assertEquals(1, events.list(BOB, null, null, true, 100).size());
        // a repeated raise counts up but does not unshelve
        assertTrue(events.raise("M-1", "chatter", Severity.LOW, "again", "rule:c").shelved());

        fixture.clock.advance(Duration.ofMinutes(29));
        events.sweep();
        assertTrue(events.list(BOB, null, null, false, 100).isEmpty());

        fixture.clock.advance(Duration.ofMinutes(1));
        // at expiry it is back in the list even before the sweep runs...
        assertEquals(1, events.list(BOB, null, null, false, 100).size());
        assertFalse(events.get(ANN, alarm.id()).shelved());
        // ...and the sweep lifts it for good, recording who and when
        events.sweep();
        Alarm back = events.get(ANN, alarm.id());
        assertFalse(back.shelved());
        assertEquals(null, back.shelvedUntil());
        Transition last = back.history().get(back.history().size() - 1);
        assertEquals(new Transition("unshelved", "system", T0.plus(Duration.ofMinutes(30)), "shelving expired"), last);
        events.sweep();
        assertEquals("a second sweep changes nothing", back.history().size(), events.get(ANN, alarm.id()).history().size());
    }

    @Test
    public void anAlarmCanBeUnshelvedByHandOnlyWhileShelved() {
        Alarm alarm = events.raise("M-1", "x", Severity.LOW, "x", "u");
        try {
            events.unshelve(ANN, alarm.id(), null);
            fail();
        } catch (AlarmException e) {
            assertTrue(e.getMessage(), e.getMessage().endsWith("it is not shelved"));
        }
        events.shelve(ANN, alarm.id(), Duration.ofHours(1), "maintenance");
        Alarm unshelved = events.unshelve(BOB, alarm.id(), "maintenance over");
        assertFalse(unshelved.shelved());
        assertEquals("unshelved", unshelved.history().get(unshelved.history().size() - 1).action());
        assertEquals(1, events.list(ANN, null, null, false, 100).size());
    }

    @Test
    public void shelvingIsBounded() {
        Alarm alarm = events.raise("M-1", "x", Severity.LOW, "x", "u");
        for (Duration d : List.of(Duration.ZERO, Duration.ofMinutes(-5), Duration.ofHours(24).plusMinutes(1))) {
            try {
                events.shelve(ANN, alarm.id(), d, "why");
                fail(d.toString());
            } catch (InvalidField e) {
                assertEquals("minutes", e.field());
            }
        }
        try {
            events.shelve(ANN, alarm.id(), Duration.ofMinutes(5), " ");
            fail();
        } catch (InvalidField e) {
            assertEquals("reason", e.field());
        }
        assertTrue(events.shelve(ANN, alarm.id(), Duration.ofHours(24), "a day").shelved());
    }

    @Test
    public void retentionPurgesOldDeviceEventsAuditEntriesAndLongClosedAlarmsOnly() {
        Settings settings = new Settings(Duration.ofDays(2), Duration.ofDays(5), Duration.ofDays(3), Duration.ofHours(1),
                Duration.ofSeconds(5), Duration.ofHours(24), 100, 100, 100, Duration.ofSeconds(15), 4);
        events = fixture.fresh(settings);
        events.onDeviceEvent(new BusEvent("emp/device/offline", Map.of("device", "C-1")));
        Alarm closed = events.raise("M-1", "old", Severity.LOW, "x", "u");
        events.acknowledge(ANN, closed.id(), null); // audit entry at T0
        events.clear(ANN, closed.id(), null);
        events.close(ANN, closed.id(), null);
        Alarm open = events.raise("M-1", "open", Severity.LOW, "x", "u");

        fixture.clock.advance(Duration.ofDays(1));
        events.onDeviceEvent(new BusEvent("emp/device/online", Map.of("device", "C-1")));
        fixture.clock.advance(Duration.ofDays(1).plusSeconds(1)); // T0 + 2 d + 1 s
        events.purge();
        assertEquals(List.of("emp/device/online"), topics(events.query(ANN, EventLog.Kind.DEVICE, null, null, null, null, 100)));
        assertEquals(3, events.query(ANN, EventLog.Kind.AUDIT, null, null, null, null, 100).size());
        assertEquals(closed.id(), events.get(ANN, closed.id()).id());

        fixture.clock.advance(Duration.ofDays(1)); // closed 3 d + 1 s ago
        events.purge();
        assertEquals(List.of(), events.list(ANN, io.openemp.event.api.AlarmState.CLOSED, null, false, 100));
        assertEquals("open alarms are never purged", open.id(), events.get(ANN, open.id()).id());

        fixture.clock.advance(Duration.ofDays(2));
        events.purge();
        assertEquals(0, events.query(ANN, EventLog.Kind.AUDIT, null, null, null, null, 100).size());
        assertEquals(0, events.query(ANN, EventLog.Kind.DEVICE, null, null, null, null, 100).size());
    }

    private static List<String> topics(List<io.openemp.event.api.StoredEvent> events) {
        return events.stream().map(io.openemp.event.api.StoredEvent::topic).collect(java.util.stream.Collectors.toList());
    }
}
