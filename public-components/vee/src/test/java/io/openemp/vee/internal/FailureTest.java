package io.openemp.vee.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.Test;

import io.openemp.data.documents.api.DocumentStore;
import io.openemp.data.documents.internal.InMemoryDocumentStore;
import io.openemp.data.readings.api.AggregationPeriod;
import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.Aggregates;
import io.openemp.data.readings.api.GapReport;
import io.openemp.data.readings.api.History;
import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.Series;
import io.openemp.plugin.api.RpcException;
import io.openemp.vee.api.EstimationResult;

/** What happens when the stores fail or the data changes under a call. */
public class FailureTest {

    private static final Instant T0 = Instant.parse("2024-06-03T00:00:00Z");

    @Test
    public void aStoppedDocumentStoreAnswersItsOwnCode() throws Exception {
        InMemoryDocumentStore stopped = new InMemoryDocumentStore();
        stopped.close();
        VeeComponent vee = new VeeComponent(Fixture.readings(), Fixture.DIRECTORY, stopped, Settings.DEFAULTS, Clock.systemUTC());
        String meter = Fixture.DIRECTORY.add("DOCS", "UTC");
        Fixture.readings().append(List.of(Reading.of(meter, TestDirectory.ENERGY_1H, T0, BigDecimal.ONE)));
        try {
            vee.edit(meter, TestDirectory.ENERGY_1H, T0, BigDecimal.TEN, "test", null, Fixture.MANAGER);
            throw new AssertionError("edited without an audit trail");
        } catch (RpcException e) {
            assertEquals(VeeComponent.DOCUMENTS_FAILED, e.code());
        }
        // nothing was edited: no audit entry, no edit
        assertEquals(1, Fixture.readings().history(meter, TestDirectory.ENERGY_1H, T0).revisions().size());
    }

    @Test
    public void aReadingArrivingDuringEstimationIsNeverOverwritten() throws Exception {
        String meter = Fixture.DIRECTORY.add("RACE", "UTC");
        List<Reading> series = new ArrayList<>();
        for (int h = 1; h <= 10; h++) {
            if (h != 5) {
                series.add(Reading.of(meter, TestDirectory.ENERGY_1H, T0.plus(Duration.ofHours(h)), BigDecimal.ONE));
            }
        }
        Fixture.readings().append(series);
        Instant hole = T0.plus(Duration.ofHours(5));
        // the real store; the late reading is appended right after VEE has listed the gaps
        ReadingStore late = new Delegate(Fixture.readings()) {
            @Override
            public GapReport gaps(String m, String type, Instant from, Instant to, Duration interval) {
                GapReport report = super.gaps(m, type, from, to, interval);
                super.append(List.of(Reading.of(meter, TestDirectory.ENERGY_1H, hole, new BigDecimal("7.5"))));
                return report;
            }
        };
        VeeComponent vee = new VeeComponent(late, Fixture.DIRECTORY, Fixture.documents(), Settings.DEFAULTS, Clock.fixed(Fixture.NOW, ZoneOffset.UTC));
        EstimationResult r = vee.estimate(meter, TestDirectory.ENERGY_1H, T0.plusSeconds(3600), T0.plus(Duration.ofHours(11)), false);
        assertEquals(1, r.missing());
        assertEquals(List.of(), r.estimates());
        assertEquals(1, r.measuredMeanwhile());
        List<Point> p = Fixture.readings().query(meter, TestDirectory.ENERGY_1H, hole, hole.plusSeconds(1), 1).points();
        assertEquals(0, new BigDecimal("7.5").compareTo(p.get(0).value()));
        assertTrue(p.get(0).flags().isEmpty());
        assertEquals(1, Fixture.readings().history(meter, TestDirectory.ENERGY_1H, hole).revisions().size());
    }

    /** A reading store that passes everything to another. */
    private static class Delegate implements ReadingStore {
        private final ReadingStore store;

        Delegate(ReadingStore store) {
            this.store = store;
        }

        @Override
        public AppendResult append(List<Reading> readings) {
            return store.append(readings);
        }

        @Override
        public Series query(String meter, String readingType, Instant from, Instant to, int limit) {
            return store.query(meter, readingType, from, to, limit);
        }

        @Override
        public Aggregates aggregate(String meter, String readingType, Instant from, Instant to, AggregationPeriod period) {
            return store.aggregate(meter, readingType, from, to, period);
        }

        @Override
        public List<Reading> latest(Collection<String> meters, String readingType) {
            return store.latest(meters, readingType);
        }

        @Override
        public GapReport gaps(String meter, String readingType, Instant from, Instant to, Duration interval) {
            return store.gaps(meter, readingType, from, to, interval);
        }

        @Override
        public History history(String meter, String readingType, Instant at) {
            return store.history(meter, readingType, at);
        }
    }
}
