package io.openemp.plugin.dlt645.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one or more codecs and splitters: frames decoded and encoded, rejections by reason, bytes
 * discarded. Thread-safe and cheap on the hot path ({@link LongAdder}s).
 */
public final class Dlt645Statistics {

    private final LongAdder decoded = new LongAdder();
    private final LongAdder encoded = new LongAdder();
    private final LongAdder discarded = new LongAdder();
    private final LongAdder[] rejected = new LongAdder[RejectReason.values().length];

    public Dlt645Statistics() {
        for (int i = 0; i < rejected.length; i++) {
            rejected[i] = new LongAdder();
        }
    }

    void decoded() {
        decoded.increment();
    }

    void encoded() {
        encoded.increment();
    }

    /** Counts one rejection of {@code reason}. */
    public void rejected(RejectReason reason) {
        rejected[reason.ordinal()].increment();
    }

    void discarded(long bytes) {
        discarded.add(bytes);
    }

    /** Rejections of {@code reason} so far. */
    public long rejections(RejectReason reason) {
        return rejected[reason.ordinal()].sum();
    }

    /** The counters now. */
    public Dlt645Stats snapshot() {
        Map<String, Long> byReason = new LinkedHashMap<>();
        long total = 0;
        for (RejectReason reason : RejectReason.values()) {
            long count = rejected[reason.ordinal()].sum();
            byReason.put(reason.name(), count);
            total += count;
        }
        return new Dlt645Stats(decoded.sum(), encoded.sum(), total, byReason, discarded.sum());
    }
}
