package io.openemp.data.readings.internal;

import static io.openemp.data.readings.internal.FixtureDirectory.ENERGY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.History;
import io.openemp.data.readings.api.Reading;

/**
 * Two writers appending overlapping batches at the same moment, into buckets neither has created yet and into
 * existing ones: nothing is lost, nothing is stored twice, every replaced value is kept once. On H2 and PostgreSQL.
 */
@RunWith(Parameterized.class)
public class ConcurrencyTest {

    private static final Instant T0 = Instant.parse("2024-04-01T00:00:00Z");
    private static final int METERS = 40;
    private static final int QUARTERS = 96 * 3;

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return Fixture.BOTH;
    }

    @Parameter
    public String db;

    private JdbcReadingStore store() {
        return Fixture.store(db);
    }

    /** Every reading of {@code meters} for quarters [from, to), in batches of {@code size}, time-major. */
    private static List<List<Reading>> batches(List<String> meters, int from, int to, String value, int size) {
        List<List<Reading>> batches = new ArrayList<>();
        List<Reading> batch = new ArrayList<>();
        for (int q = from; q < to; q++) {
            for (String m : meters) {
                batch.add(Reading.of(m, ENERGY, T0.plusSeconds(900L * (q + 1)), new BigDecimal(value)));
                if (batch.size() == size) {
                    batches.add(batch);
                    batch = new ArrayList<>();
                }
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** Runs the two writers' batches at once, starting together; returns the summed results. */
    private AppendResult race(List<List<Reading>> a, List<List<Reading>> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        try {
            List<Future<AppendResult>> results = new ArrayList<>();
            for (List<List<Reading>> writer : List.of(a, b)) {
                results.add(pool.submit((Callable<AppendResult>) () -> {
                    start.await();
                    int received = 0, inserted = 0, revised = 0, unchanged = 0;
                    for (List<Reading> batch : writer) {
                        AppendResult r = store().append(batch);
                        received += r.received();
                        inserted += r.inserted();
                        revised += r.revised();
                        unchanged += r.unchanged();
                    }
                    return new AppendResult(received, inserted, revised, unchanged);
                }));
            }
            AppendResult x = results.get(0).get(120, TimeUnit.SECONDS);
            AppendResult y = results.get(1).get(120, TimeUnit.SECONDS);
            return new AppendResult(x.received() + y.received(), x.inserted() + y.inserted(), x.revised() + y.revised(),
                    x.unchanged() + y.unchanged());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> meters() {
        List<String> meters = new ArrayList<>();
        for (int i = 0; i < METERS; i++) {
            meters.add(Fixture.meter("UTC"));
        }
        return meters;
    }

    private int stored(List<String> meters) {
        int n = 0;
        for (String m : meters) {
            n += store().query(m, ENERGY, T0, T0.plusSeconds(900L * (QUARTERS + 1)), 100_000).points().size();
        }
        return n;
    }

    @Test
    public void overlappingBatchesOfTheSameValuesStoreEveryReadingOnce() throws Exception {
        List<String> meters = meters();
        // writer A: quarters 0..191, writer B: quarters 96..287; 96 quarters x 40 meters overlap
        AppendResult r = race(batches(meters, 0, 192, "1.5", 1000), batches(meters, 96, QUARTERS, "1.5", 1000));
        assertEquals(2 * 192 * METERS, r.received());
        assertEquals(QUARTERS * METERS, r.inserted());
        assertEquals(96 * METERS, r.unchanged());
        assertEquals(0, r.revised());
        assertEquals(QUARTERS * METERS, stored(meters));
    }

    @Test
    public void conflictingValuesEndAsOneCurrentValueAndOneRevisionEach() throws Exception {
        List<String> meters = meters();
        AppendResult r = race(batches(meters, 0, 96, "1", 500), batches(meters, 0, 96, "2", 700));
        int keys = 96 * METERS;
        assertEquals(keys, r.inserted());
        assertEquals(keys, r.revised());
        assertEquals(0, r.unchanged());
        assertEquals(keys, stored(meters));
        for (String m : List.of(meters.get(0), meters.get(METERS - 1))) {
            for (int q : new int[] { 0, 47, 95 }) {
                History h = store().history(m, ENERGY, T0.plusSeconds(900L * (q + 1)));
                assertEquals(2, h.revisions().size());
                assertNotEquals(h.revisions().get(0).value(), h.revisions().get(1).value());
                BigDecimal current = store().query(m, ENERGY, T0.plusSeconds(900L * (q + 1)), T0.plusSeconds(900L * (q + 1) + 1), 1)
                        .points().get(0).value();
                assertEquals(h.revisions().get(1).value(), current);
            }
        }
        assertEquals(keys, Fixture.count(db, "SELECT COUNT(*) FROM reading_revision WHERE meter_key BETWEEN "
                + Fixture.DIRECTORY.meterKey(meters.get(0)).getAsLong() + " AND "
                + Fixture.DIRECTORY.meterKey(meters.get(METERS - 1)).getAsLong()));
    }
}
