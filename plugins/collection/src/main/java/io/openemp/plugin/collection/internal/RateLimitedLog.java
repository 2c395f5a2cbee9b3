package io.openemp.plugin.collection.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;

/**
 * Logs a warning per key at most once per period, with how many were left out since: a terminal sending junk
 * all day must not flood the log. Thread-safe.
 */
final class RateLimitedLog {

    private final Logger log;
    private final long periodNanos;
    private final Map<String, long[]> last = new ConcurrentHashMap<>();
    private final AtomicLong suppressed = new AtomicLong();

    RateLimitedLog(Logger log, long periodMillis) {
        this.log = log;
        this.periodNanos = periodMillis * 1_000_000L;
    }

    /** Logs {@code message} unless a message of {@code key} was logged within the period. */
    void warn(String key, String message) {
        long now = System.nanoTime();
        long[] slot = last.computeIfAbsent(key, k -> new long[] { now - periodNanos - 1, 0 });
        synchronized (slot) {
            if (now - slot[0] > periodNanos) {
                long left = slot[1];
                slot[0] = now;
                slot[1] = 0;
                log.warn("{}{}", message, left == 0 ? "" : " (" + left + " similar ones not logged)");
                return;
            }
            slot[1]++;
        }
        suppressed.incrementAndGet();
    }

    long suppressed() {
        return suppressed.get();
    }
}
