package io.openemp.data.readings.internal;

import static io.openemp.data.readings.internal.Fixture.DIRECTORY;
import static io.openemp.data.readings.internal.Fixture.reading;
import static io.openemp.data.readings.internal.FixtureDirectory.ENERGY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.History;
import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.Quality;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.Series;

/** Appending batches: exact storage, idempotency, revisions, all-or-nothing batches, input checks. On H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class AppendTest {

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return Fixture.BOTH;
    }

    @Parameter
    public String db;

    private JdbcReadingStore store() {
        return Fixture.store(db);
    }

    private Series all(String meter) {
        return store().query(meter, ENERGY, Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), 100_000);
    }

    private long revisionRows(String meter) {
        return Fixture.count(db, "SELECT COUNT(*) FROM reading_revision WHERE meter_key = "
                + DIRECTORY.meterKey(meter).getAsLong());
    }

    private long bucketRows(String meter) {
        return Fixture.count(db, "SELECT COUNT(*) FROM reading_bucket WHERE meter_key = "
                + DIRECTORY.meterKey(meter).getAsLong());
    }

    @Test
    public void storedReadingsComeBackExactlyWithFlagsAndSource() {
        String m = Fixture.meter("Europe/Berlin");
        AppendResult r = store().append(List.of(
                reading(m, ENERGY, "2024-05-01T10:30:00Z", "0.250", Set.of("spike-check", Quality.SUSPECT, Quality.VALID), "dlms:dc-17"),
                reading(m, ENERGY, "2024-05-01T10:15:00Z", "1.25"),
                reading(m, ENERGY, "2024-05-01T10:45:00.123Z", "-3", Set.of(), "import:file.csv"),
                reading(m, ENERGY, "2024-05-02T00:00:00Z", "123456789.123456789")));
        assertEquals(new AppendResult(4, 4, 0, 0), r);
        List<Point> points = all(m).points();
        assertEquals(List.of(
                new Point(Instant.parse("2024-05-01T10:15:00Z"), new BigDecimal("1.25"), Set.of(), null),
                new Point(Instant.parse("2024-05-01T10:30:00Z"), new BigDecimal("0.250"), Set.of("VALID", "SUSPECT", "spike-check"), "dlms:dc-17"),
                new Point(Instant.parse("2024-05-01T10:45:00.123Z"), new BigDecimal("-3"), Set.of(), "import:file.csv"),
                new Point(Instant.parse("2024-05-02T00:00:00Z"), new BigDecimal("123456789.123456789"), Set.of(), null)), points);
        // exact scale kept, and flags in the documented order: standard ones first, then rule names
        assertEquals("0.250", points.get(1).value().toPlainString());
        assertEquals(List.of("VALID", "SUSPECT", "spike-check"), new ArrayList<>(points.get(1).flags()));
        assertEquals("two UTC days, two buckets", 2, bucketRows(m));
    }

    @Test
    public void theSameBatchAgainChangesNothing() {
        String m = Fixture.meter("Asia/Shanghai");
        List<Reading> batch = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            batch.add(reading(m, ENERGY, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(900L * i).toString(), "0." + (100 + i)));
        }
        assertEquals(new AppendResult(200, 200, 0, 0), store().append(batch));
        assertEquals(new AppendResult(200, 0, 0, 200), store().append(batch));
        assertEquals(200, all(m).points().size());
        assertEquals(0, revisionRows(m));
    }

    @Test
    public void aNumericallyEqualValueIsTheSameValue() {
        String m = Fixture.meter("UTC");
        store().append(List.of(reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.5")));
        assertEquals(new AppendResult(1, 0, 0, 1), store().append(List.of(reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.50000"))));
        assertEquals("1.5", all(m).points().get(0).value().toPlainString());
    }

    @Test
    public void anotherValueBecomesARevisionAndTheOldOneIsKept() {
        String m = Fixture.meter("UTC");
        Instant before = Instant.now().minusSeconds(1);
        store().append(List.of(reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.000", Set.of(Quality.ESTIMATED), "estimator"),
                reading(m, ENERGY, "2024-01-01T00:30:00Z", "2.000")));
        AppendResult r = store().append(List.of(reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.100", Set.of(), "dlms:dc-1"),
                reading(m, ENERGY, "2024-01-01T00:30:00Z", "2.000"),
                reading(m, ENERGY, "2024-01-01T00:45:00Z", "3.000")));
        assertEquals(new AppendResult(3, 1, 1, 1), r);
        assertEquals(List.of("1.100", "2.000", "3.000"), all(m).points().stream().map(p -> p.value().toPlainString()).toList());
        History h = store().history(m, ENERGY, Instant.parse("2024-01-01T00:15:00Z"));
        assertEquals(2, h.revisions().size());
        assertEquals(0, h.revisions().get(0).revision());
        assertEquals(new BigDecimal("1.000"), h.revisions().get(0).value());
        assertEquals(Set.of(Quality.ESTIMATED), h.revisions().get(0).flags());
        assertEquals("estimator", h.revisions().get(0).source());
        assertEquals(new BigDecimal("1.100"), h.revisions().get(1).value());
        assertEquals("dlms:dc-1", h.revisions().get(1).source());
        assertNull("the current value is not superseded", h.revisions().get(1).supersededAt());
        assertTrue(h.revisions().get(0).supersededAt().isAfter(before));
        assertTrue(!h.revisions().get(0).recordedAt().isAfter(h.revisions().get(0).supersededAt()));
        assertEquals(1, revisionRows(m));
    }

    @Test
    public void otherFlagsOnTheSameValueAreARevisionToo() {
        String m = Fixture.meter("UTC");
        store().append(List.of(reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.000", Set.of(Quality.ESTIMATED), null)));
        assertEquals(new AppendResult(1, 0, 1, 0), store().append(List.of(reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.000"))));
        assertEquals(Set.of(), all(m).points().get(0).flags());
        assertEquals(2, store().history(m, ENERGY, Instant.parse("2024-01-01T00:15:00Z")).revisions().size());
    }

    @Test
    public void aSourceAloneDoesNotMakeARevision() {
        String m = Fixture.meter("UTC");
        store().append(List.of(reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.000", Set.of(), "first")));
        assertEquals(new AppendResult(1, 0, 0, 1),
                store().append(List.of(reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.000", Set.of(), "second"))));
        assertEquals("first", all(m).points().get(0).source());
    }

    @Test
    public void aBadRowInTheMiddleStoresNothing() {
        String m = Fixture.meter("Europe/Berlin");
        store().append(List.of(reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.000")));
        List<Reading> batch = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            batch.add(reading(m, ENERGY, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(900L * (i + 1)).toString(), "9.000"));
        }
        batch.set(2500, reading("NO-SUCH-METER", ENERGY, "2024-02-01T00:00:00Z", "1"));
        ReadingInputException e = assertThrows(ReadingInputException.class, () -> store().append(batch));
        assertEquals("readings[2500].meter", e.field());
        assertEquals("unknown meter 'NO-SUCH-METER'", e.reason());
        assertEquals("the stored value is untouched", List.of("1.000"), all(m).points().stream().map(p -> p.value().toPlainString()).toList());
        assertEquals(0, revisionRows(m));
    }

    @Test
    public void aDatabaseFailureHalfWayRollsBackTheWholeBatch() throws Exception {
        String m = Fixture.meter("UTC");
        long key = DIRECTORY.meterKey(m).getAsLong();
        store().append(List.of(reading(m, ENERGY, "2024-03-01T00:15:00Z", "1.000")));
        FailingTrigger.install(db, key);
        try {
            // the batch changes one value (its old one goes to reading_revision, where the trigger fails) after
            // writing 100 new buckets: none of them may stay
            List<Reading> batch = new ArrayList<>();
            batch.add(reading(m, ENERGY, "2024-03-01T00:15:00Z", "2.000"));
            for (int d = 1; d <= 100; d++) {
                batch.add(reading(m, ENERGY, Instant.parse("2024-03-01T00:15:00Z").plusSeconds(86_400L * d).toString(), "5.000"));
            }
            assertThrows(io.openemp.data.readings.api.ReadingStoreException.class, () -> store().append(batch));
        } finally {
            FailingTrigger.remove(db);
        }
        assertEquals(List.of("1.000"), all(m).points().stream().map(p -> p.value().toPlainString()).toList());
        assertEquals(1, bucketRows(m));
        assertEquals(0, revisionRows(m));
    }

    @Test
    public void aKeyRepeatedInABatchWithTheSameValueIsStoredOnce() {
        String m = Fixture.meter("UTC");
        AppendResult r = store().append(List.of(reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.0"),
                reading(m, ENERGY, "2024-01-01T00:30:00Z", "2"), reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.00")));
        assertEquals(new AppendResult(3, 2, 0, 1), r);
        assertEquals(2, all(m).points().size());
    }

    @Test
    public void aKeyRepeatedInABatchWithAnotherValueIsRefusedNamingBothRows() {
        String m = Fixture.meter("UTC");
        ReadingInputException e = assertThrows(ReadingInputException.class, () -> store().append(List.of(
                reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.0"), reading(m, ENERGY, "2024-01-01T00:30:00Z", "2"),
                reading(m, ENERGY, "2024-01-01T00:15:00Z", "1.1"))));
        assertEquals("readings[2]", e.field());
        assertTrue(e.reason(), e.reason().contains("readings[0]"));
        assertEquals(0, all(m).points().size());
    }

    @Test
    public void badInputIsRefusedNamingTheRowAndField() {
        String m = Fixture.meter("UTC");
        Reading good = reading(m, ENERGY, "2024-01-01T00:15:00Z", "1");
        String[][] cases = {
            // field, reason fragment
            { "readings[1].readingType", "unknown reading type 'energy.export.5min'" },
            { "readings[1].value", "more than 9 decimals" },
            { "readings[1].value", "at most 18 digits" },
            { "readings[1].value", "at most 18 digits" },
            { "readings[1].at", "out of range" },
            { "readings[1].at", "out of range" },
            { "readings[1].at", "more precise than a millisecond" },
            { "readings[1].flags", "is not a quality flag" },
            { "readings[1].flags", "more than 16 flags" },
            { "readings[1].source", "1 to 64 characters" },
            { "readings[1].meter", "required" },
            { "readings[1].value", "required" },
            { "readings[1].at", "required" },
            { "readings[1]", "is null" },
        };
        Set<String> seventeen = new java.util.HashSet<>();
        for (int i = 0; i < 17; i++) {
            seventeen.add("rule-" + i);
        }
        Reading[] bad = {
            reading(m, "energy.export.5min", "2024-01-01T00:15:00Z", "1"),
            reading(m, ENERGY, "2024-01-01T00:15:00Z", "0.1234567891"),
            reading(m, ENERGY, "2024-01-01T00:15:00Z", "1234567890123456789"),
            reading(m, ENERGY, "2024-01-01T00:15:00Z", "1E+999"),
            reading(m, ENERGY, "1969-12-31T23:59:59.999Z", "1"),
            reading(m, ENERGY, "+99999-01-01T00:00:00Z", "1"),
            reading(m, ENERGY, "2024-01-01T00:15:00.000001Z", "1"),
            reading(m, ENERGY, "2024-01-01T00:15:00Z", "1", Set.of("Bad Flag"), null),
            reading(m, ENERGY, "2024-01-01T00:15:00Z", "1", seventeen, null),
            reading(m, ENERGY, "2024-01-01T00:15:00Z", "1", Set.of(), "x".repeat(65)),
            new Reading(" ", ENERGY, Instant.parse("2024-01-01T00:15:00Z"), BigDecimal.ONE, null, null),
            new Reading(m, ENERGY, Instant.parse("2024-01-01T00:15:00Z"), null, null, null),
            new Reading(m, ENERGY, null, BigDecimal.ONE, null, null),
            null,
        };
        for (int i = 0; i < bad.length; i++) {
            List<Reading> batch = new ArrayList<>();
            batch.add(good);
            batch.add(bad[i]);
            ReadingInputException e = assertThrows("case " + i, ReadingInputException.class, () -> store().append(batch));
            assertEquals("case " + i, cases[i][0], e.field());
            assertTrue("case " + i + ": " + e.reason(), e.reason().contains(cases[i][1]));
        }
        assertEquals(0, all(m).points().size());
    }

    @Test
    public void trailingZerosBeyondNineDecimalsAreNotDigitsThatCount() {
        String m = Fixture.meter("UTC");
        store().append(List.of(reading(m, ENERGY, "2024-01-01T00:15:00Z", "0.12345678900000"),
                reading(m, ENERGY, "2024-01-01T00:30:00Z", "1.2E+3")));
        assertEquals(List.of("0.123456789", "1200"), all(m).points().stream().map(p -> p.value().toPlainString()).toList());
    }

    @Test
    public void aBatchOverTenThousandIsRefusedWhole() {
        String m = Fixture.meter("UTC");
        List<Reading> batch = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            batch.add(reading(m, ENERGY, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(900L * (i + 1)).toString(), "1"));
        }
        ReadingInputException e = assertThrows(ReadingInputException.class, () -> store().append(batch));
        assertEquals("readings", e.field());
        assertEquals(new AppendResult(10_000, 10_000, 0, 0), store().append(batch.subList(0, 10_000)));
    }

    @Test
    public void anEmptyBatchIsANoOp() {
        assertEquals(new AppendResult(0, 0, 0, 0), store().append(List.of()));
    }

    @Test
    public void readingsAcrossMonthsAndYearsAreAllFound() {
        String m = Fixture.meter("UTC");
        List<Reading> batch = new ArrayList<>();
        String[] instants = { "1970-01-01T00:00:00Z", "1999-12-31T23:45:00Z", "2000-01-01T00:00:00Z", "2024-02-29T12:00:00Z",
            "2031-07-01T00:00:00Z", "2099-12-31T23:59:59.999Z" };
        for (String at : instants) {
            batch.add(reading(m, ENERGY, at, "1"));
        }
        store().append(batch);
        assertEquals(List.of(instants), all(m).points().stream().map(p -> p.at().toString()).toList());
        if (db.equals(Fixture.POSTGRESQL)) {
            assertEquals(1, Fixture.count(db, "SELECT COUNT(*) FROM pg_class WHERE relname = 'reading_bucket_209912'"));
            assertEquals("no row in the parent table itself", 0, Fixture.count(db, "SELECT COUNT(*) FROM ONLY reading_bucket"));
        }
    }

    @Test
    public void theDirectoryIsAskedOncePerMeterNotOncePerReading() {
        List<Reading> batch = new ArrayList<>();
        List<String> meters = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            meters.add(Fixture.meter("UTC"));
        }
        for (int i = 0; i < 5000; i++) {
            batch.add(reading(meters.get(i % 10), ENERGY, Instant.parse("2024-06-01T00:00:00Z").plusSeconds(900L * (i / 10 + 1)).toString(), "1"));
        }
        long before = DIRECTORY.lookups.get();
        store().append(batch);
        assertTrue(DIRECTORY.lookups.get() - before <= 10);
        before = DIRECTORY.lookups.get();
        store().append(batch);
        assertEquals("cached for the next batch", before, DIRECTORY.lookups.get());
    }

    @Test
    public void aDroppedMonthPartitionIsMadeAgain() throws Exception {
        org.junit.Assume.assumeTrue(db.equals(Fixture.POSTGRESQL));
        String m = Fixture.meter("UTC");
        store().append(List.of(reading(m, ENERGY, "2041-05-01T00:15:00Z", "1")));
        try (java.sql.Connection c = Fixture.database(db).getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE reading_bucket_204105");
        }
        assertEquals(new AppendResult(1, 1, 0, 0), store().append(List.of(reading(m, ENERGY, "2041-05-01T00:30:00Z", "2"))));
        assertEquals(List.of("2"), all(m).points().stream().map(p -> p.value().toPlainString()).toList());
    }
}
