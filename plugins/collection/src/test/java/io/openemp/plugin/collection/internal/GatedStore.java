package io.openemp.plugin.collection.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.openemp.data.readings.api.Aggregates;
import io.openemp.data.readings.api.AggregationPeriod;
import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.GapReport;
import io.openemp.data.readings.api.History;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.ReadingStoreException;
import io.openemp.data.readings.api.Series;

/**
 * The real store behind a gate: appends wait until the test opens it (a slow database), or fail while the test
 * says so (a database that is down). Everything else goes straight through.
 */
class GatedStore implements ReadingStore {

    private final ReadingStore store;
    volatile CountDownLatch gate = new CountDownLatch(0);
    final AtomicInteger failNext = new AtomicInteger();
    final AtomicInteger appends = new AtomicInteger();

    GatedStore(ReadingStore store) {
        this.store = store;
    }

    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    @Override
    public AppendResult append(List<Reading> readings) {
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        appends.incrementAndGet();
        if (failNext.get() > 0 && failNext.getAndDecrement() > 0) {
            throw new ReadingStoreException("the database is down (test)", null);
        }
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
