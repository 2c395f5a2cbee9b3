package io.openemp.plugin.collection.internal;

import static io.openemp.plugin.collection.internal.StationFixture.kwh;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.openemp.plugin.gdw376.api.Frame;

/** Active reports: stored, then confirmed; never confirmed before the store committed them. */
public class ReportTest {

    private StationFixture fixture;
    private GatedStore gated;
    private TestTerminal t;

    @Before
    public void start() throws Exception {
        fixture = new StationFixture(s -> s, s -> gated = new GatedStore(s));
        t = new TestTerminal(fixture.port(), 300);
        t.login();
        assertNotNull(t.next(5000));
        fixture.directory.add("0171-300-1");
        fixture.directory.add("0171-300-2");
    }

    @After
    public void stop() throws Exception {
        gated.open();
        t.close();
        fixture.close();
    }

    private static void assertConfirmOf(Frame report, Frame answer) {
        assertNotNull("confirmed", answer);
        assertEquals(0x00, answer.afn());
        assertEquals(1, answer.items().get(0).fn());
        assertEquals(report.seq().number(), answer.seq().number());
    }

    @Test
    public void aReportIsConfirmedOnlyAfterTheStoreCommittedIt() throws Exception {
        gated.close();
        Frame report = t.report(1, kwh("77.1234"));
        assertNull("no confirm while the store has not committed", t.next(700));
        assertTrue(fixture.points("0171-300-1", "energy.active.forward").isEmpty());
        gated.open();
        Frame confirm = t.next(5000);
        assertConfirmOf(report, confirm);
        // by the time the terminal holds the confirm, the reading is durable
        assertEquals(0, kwh("77.1234").compareTo(fixture.points("0171-300-1", "energy.active.forward").get(0).value()));
        assertEquals(1, fixture.station.statistics().terminals().get("0171-300").reportsStored());
    }

    @Test
    public void reportsWaitInOrderBehindASlowStoreAndNothingIsLost() throws Exception {
        gated.close();
        t.readingTime = java.time.LocalDateTime.of(2026, 11, 25, 10, 0);
        Frame first = t.report(1, kwh("1.0000"));
        t.readingTime = java.time.LocalDateTime.of(2026, 11, 25, 10, 15);
        Frame second = t.report(1, kwh("2.0000"));
        Frame third = t.report(2, kwh("3.0000"));
        assertNull(t.next(500));
        gated.open();
        assertConfirmOf(first, t.next(5000));
        assertConfirmOf(second, t.next(5000));
        assertConfirmOf(third, t.next(5000));
        assertEquals(2, fixture.points("0171-300-1", "energy.active.forward").size());
        assertEquals(1, fixture.points("0171-300-2", "energy.active.forward").size());
    }

    @Test
    public void aReportTheStoreCannotTakeIsDeniedNotConfirmed() throws Exception {
        gated.failNext.set(3); // every attempt of the batcher fails
        Frame report = t.report(1, kwh("5.0000"));
        Frame answer = t.next(10_000);
        assertNotNull(answer);
        assertEquals(0x00, answer.afn());
        assertEquals("AFN 00 F2: denied, the terminal keeps it and sends it again", 2, answer.items().get(0).fn());
        assertEquals(report.seq().number(), answer.seq().number());
        assertTrue(fixture.points("0171-300-1", "energy.active.forward").isEmpty());
        // sent again once the database is back: stored and confirmed
        Frame again = t.report(1, kwh("5.0000"));
        assertConfirmOf(again, t.next(5000));
        assertEquals(1, fixture.points("0171-300-1", "energy.active.forward").size());
    }

    @Test
    public void aReportOfAnUnknownMeterIsDeniedAndDoesNotSpoilOthersInItsBatch() throws Exception {
        gated.close();
        Frame unknown = t.report(9, kwh("1.0000"));
        assertNull(t.next(300));
        try (TestTerminal other = new TestTerminal(fixture.port(), 301)) {
            fixture.directory.add("0171-301-1");
            other.login();
            assertNotNull(other.next(5000));
            Frame good = other.report(1, kwh("8.0000"));
            Thread.sleep(100);
            gated.open();
            Frame denied = t.next(5000);
            assertEquals(unknown.seq().number(), denied.seq().number());
            assertEquals(2, denied.items().get(0).fn());
            assertConfirmOf(good, other.next(5000));
            assertEquals(1, fixture.points("0171-301-1", "energy.active.forward").size());
        }
        assertTrue("a denied report does not end the session", fixture.station.sessions().get("0171-300").isPresent());
    }
}
