package io.openemp.data.readings.internal;

import static io.openemp.data.readings.internal.Fixture.reading;
import static io.openemp.data.readings.internal.FixtureDirectory.ENERGY;
import static io.openemp.data.readings.internal.FixtureDirectory.REGISTER;
import static io.openemp.data.readings.internal.FixtureDirectory.VOLTAGE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import io.openemp.data.readings.api.Gap;
import io.openemp.data.readings.api.GapReport;
import io.openemp.data.readings.api.History;
import io.openemp.data.readings.api.Quality;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.Revision;
import io.openemp.data.readings.api.Series;

/** Raw range queries with paging, latest values, gaps and history. On H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class ReadTest {

    private static final Instant T0 = Instant.parse("2024-02-01T00:00:00Z");

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return Fixture.BOTH;
    }

    @Parameter
    public String db;

    private JdbcReadingStore store() {
        return Fixture.store(db);
    }

    /** Quarter-hour readings stamped T0 + 15 min x i for each i given, value i. */
    private void quarters(String meter, int... indexes) {
        List<Reading> batch = new ArrayList<>();
        for (int i : indexes) {
            batch.add(Reading.of(meter, ENERGY, T0.plusSeconds(900L * i), BigDecimal.valueOf(i)));
        }
        store().append(batch);
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    @Test
    public void aQueryIsHalfOpenAndOrderedAcrossDays() {
        String m = Fixture.meter("UTC");
        quarters(m, range(0, 300));
        Series s = store().query(m, ENERGY, T0.plusSeconds(900L * 10), T0.plusSeconds(900L * 250), 100_000);
        assertEquals(240, s.points().size());
        assertEquals(T0.plusSeconds(900L * 10), s.points().get(0).at());
        assertEquals(T0.plusSeconds(900L * 249), s.points().get(239).at());
        assertNull(s.next());
        assertEquals("kWh", s.unit());
    }

    @Test
    public void pagesFollowEachOtherThroughNext() {
        String m = Fixture.meter("UTC");
        quarters(m, range(0, 250));
        List<Instant> seen = new ArrayList<>();
        Instant from = T0;
        Instant to = T0.plus(Duration.ofDays(30));
        int pages = 0;
        while (from != null) {
            Series page = store().query(m, ENERGY, from, to, 100);
            page.points().forEach(p -> seen.add(p.at()));
            from = page.next();
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(250, seen.size());
        assertEquals(250, new java.util.HashSet<>(seen).size());
    }

    @Test
    public void aQueryLimitOutOfBoundsIsRefused() {
        String m = Fixture.meter("UTC");
        assertEquals("limit", assertThrows(ReadingInputException.class,
                () -> store().query(m, ENERGY, T0, T0.plusSeconds(60), 0)).field());
        assertEquals("limit", assertThrows(ReadingInputException.class,
                () -> store().query(m, ENERGY, T0, T0.plusSeconds(60), 100_001)).field());
        assertEquals("from", assertThrows(ReadingInputException.class,
                () -> store().query(m, ENERGY, Instant.parse("1969-01-01T00:00:00Z"), T0, 10)).field());
    }

    @Test
    public void aReadingTypeNeverStoredAnswersEmpty() {
        String m = Fixture.meter("UTC");
        assertEquals(List.of(), store().query(m, VOLTAGE, T0, T0.plusSeconds(86_400), 10).points());
        assertEquals(List.of(), store().latest(List.of(m), VOLTAGE));
    }

    @Test
    public void latestIsTheNewestReadingOfEachMeterInTheOrderAsked() {
        String a = Fixture.meter("UTC");
        String b = Fixture.meter("UTC");
        String none = Fixture.meter("UTC");
        store().append(List.of(reading(a, REGISTER, "2023-12-31T23:00:00Z", "10"), reading(a, REGISTER, "2024-03-05T08:00:00Z", "15.5", Set.of(Quality.VALID), "dlms"),
                reading(a, REGISTER, "2024-03-05T07:00:00Z", "15.0"), reading(b, REGISTER, "2021-01-01T00:00:00Z", "3")));
        List<Reading> latest = store().latest(List.of(b, none, a), REGISTER);
        assertEquals(List.of(reading(b, REGISTER, "2021-01-01T00:00:00Z", "3"),
                reading(a, REGISTER, "2024-03-05T08:00:00Z", "15.5", Set.of(Quality.VALID), "dlms")), latest);
        ReadingInputException e = assertThrows(ReadingInputException.class, () -> store().latest(List.of(a, "NOPE"), REGISTER));
        assertEquals("meters[1]", e.field());
    }

    @Test
    public void gapsAreRunsOfMissingExpectedReadings() {
        String m = Fixture.meter("UTC");
        // present: 1..9, 12, 14..95 of a day of quarter hours stamped T0 + 15 min x i (i = 1..96); missing 10, 11, 13, 96
        List<Integer> present = new ArrayList<>();
        for (int i = 1; i <= 95; i++) {
            if (i != 10 && i != 11 && i != 13) {
                present.add(i);
            }
        }
        quarters(m, present.stream().mapToInt(Integer::intValue).toArray());
        // a reading off the grid does not fill anything
        store().append(List.of(Reading.of(m, ENERGY, T0.plusSeconds(900L * 96 + 7), BigDecimal.ONE)));
        GapReport r = store().gaps(m, ENERGY, T0.plusSeconds(900), T0.plusSeconds(900L * 97), null);
        assertEquals("PT15M", r.interval());
        assertEquals(96, r.expected());
        assertEquals(4, r.missing());
        assertEquals(List.of(new Gap(T0.plusSeconds(900L * 10), T0.plusSeconds(900L * 11), 2),
                new Gap(T0.plusSeconds(900L * 13), T0.plusSeconds(900L * 13), 1),
                new Gap(T0.plusSeconds(900L * 96), T0.plusSeconds(900L * 96), 1)), r.gaps());
        assertFalse(r.truncated());
        // hourly expectations over the same readings: 01:00 is stamped T0 + 4 quarters, present
        GapReport hourly = store().gaps(m, ENERGY, T0.plusSeconds(3600), T0.plusSeconds(3600L * 25), Duration.ofHours(1));
        assertEquals(24, hourly.expected());
        assertEquals(List.of(new Gap(T0.plusSeconds(3600L * 24), T0.plusSeconds(3600L * 24), 1)), hourly.gaps());
    }

    @Test
    public void aMeterWithoutReadingsIsOneGap() {
        String m = Fixture.meter("UTC");
        GapReport r = store().gaps(m, ENERGY, T0, T0.plus(Duration.ofDays(1)), null);
        assertEquals(List.of(new Gap(T0, T0.plusSeconds(86_400 - 900), 96)), r.gaps());
    }

    @Test
    public void gapsNeedAnIntervalForRegistersAndABoundedRange() {
        String m = Fixture.meter("UTC");
        assertEquals("interval", assertThrows(ReadingInputException.class,
                () -> store().gaps(m, REGISTER, T0, T0.plusSeconds(86_400), null)).field());
        assertEquals("interval", assertThrows(ReadingInputException.class,
                () -> store().gaps(m, REGISTER, T0, T0.plusSeconds(86_400), Duration.ofMillis(10))).field());
        assertEquals(24, store().gaps(m, REGISTER, T0, T0.plusSeconds(86_400), Duration.ofHours(1)).expected());
        assertEquals("to", assertThrows(ReadingInputException.class,
                () -> store().gaps(m, ENERGY, T0, T0.plus(Duration.ofDays(30 * 366)), null)).field());
    }

    @Test
    public void manyGapsAreCutAtTheLimit() {
        String m = Fixture.meter("UTC");
        int[] every2nd = new int[6000];
        for (int i = 0; i < every2nd.length; i++) {
            every2nd[i] = 2 * i;
        }
        quarters(m, every2nd);
        // 24,000 expected, 6,000 present at even indexes below 12,000: a gap at each odd index, the last one
        // (11,999) running on to the end
        GapReport r = store().gaps(m, ENERGY, T0, T0.plusSeconds(900L * 24_000), null);
        assertEquals(18_000, r.missing());
        assertEquals(6_000, r.gaps().size());
        assertEquals(new Gap(T0.plusSeconds(900L * 11_999), T0.plusSeconds(900L * 23_999), 12_001), r.gaps().get(5_999));
        assertFalse(r.truncated());
        int[] every2ndLong = new int[12_000];
        for (int i = 0; i < every2ndLong.length; i++) {
            every2ndLong[i] = 2 * i;
        }
        String n = Fixture.meter("UTC");
        for (int k = 0; k < every2ndLong.length; k += 10_000) {
            quarters(n, java.util.Arrays.copyOfRange(every2ndLong, k, Math.min(k + 10_000, every2ndLong.length)));
        }
        GapReport cut = store().gaps(n, ENERGY, T0, T0.plusSeconds(900L * 24_000), null);
        assertEquals(10_000, cut.gaps().size());
        assertTrue(cut.truncated());
        assertEquals(12_000, cut.missing());
    }

    @Test
    public void historyListsEveryVersionOldestFirst() throws Exception {
        String m = Fixture.meter("UTC");
        String at = "2024-02-01T00:15:00Z";
        store().append(List.of(reading(m, ENERGY, at, "1.0", Set.of(), "dlms")));
        store().append(List.of(reading(m, ENERGY, at, "1.2", Set.of(Quality.SUSPECT, "spike-check"), "dlms")));
        store().append(List.of(reading(m, ENERGY, at, "1.1", Set.of(Quality.EDITED), "operator:ann")));
        store().append(List.of(reading(m, ENERGY, at, "1.10", Set.of(Quality.EDITED), "operator:bob")));
        History h = store().history(m, ENERGY, Instant.parse(at));
        List<Revision> r = h.revisions();
        assertEquals(3, r.size());
        assertEquals(List.of("1.0", "1.2", "1.1"), r.stream().map(v -> v.value().toPlainString()).toList());
        assertEquals(List.of(0, 1, 2), r.stream().map(Revision::revision).toList());
        assertEquals(Set.of("SUSPECT", "spike-check"), r.get(1).flags());
        assertEquals("operator:ann", r.get(2).source());
        assertTrue(r.get(0).supersededAt() != null && r.get(1).supersededAt() != null);
        assertNull(r.get(2).supersededAt());
        assertFalse(r.get(1).supersededAt().isBefore(r.get(0).supersededAt()));
        assertEquals(List.of(), store().history(m, ENERGY, Instant.parse("2024-02-01T00:30:00Z")).revisions());
    }
}
