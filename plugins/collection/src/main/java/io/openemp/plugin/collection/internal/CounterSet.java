package io.openemp.plugin.collection.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.openemp.plugin.collection.api.Counters;

/** The counters of one task or one terminal. Thread-safe. */
final class CounterSet {

    private final LongAdder requests = new LongAdder();
    private final LongAdder answered = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder latencyTotal = new LongAdder();
    private final AtomicLong latencyMax = new AtomicLong();
    private final LongAdder reports = new LongAdder();
    private final LongAdder readings = new LongAdder();

    void request(boolean retry) {
        requests.increment();
        if (retry) {
            retries.increment();
        }
    }

    void answered(long latencyMillis) {
        answered.increment();
        latencyTotal.add(latencyMillis);
        latencyMax.accumulateAndGet(latencyMillis, Math::max);
    }

    void timeout() {
        timeouts.increment();
    }

    void report() {
        reports.increment();
    }

    void stored(int n) {
        readings.add(n);
    }

    Counters snapshot() {
        long req = requests.sum();
        long ans = answered.sum();
        return new Counters(req, ans, timeouts.sum(), retries.sum(), req == 0 ? 1.0 : (double) ans / req,
                ans == 0 ? 0.0 : (double) latencyTotal.sum() / ans, latencyMax.get(), reports.sum(), readings.sum());
    }
}
