package io.openemp.event.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The organisation unit of each event source, kept for {@code ttl}: the scope hook is asked for every event
 * streamed to every client. Sources that are no meter are remembered as such for the same time, so that a
 * platform-wide source does not cost a look-up per event; a meter created since counts after at most {@code ttl}.
 */
final class SourceUnits {

    private record Entry(Optional<String> orgUnit, long loadedAt) {
    }

    static final int MAX_ENTRIES = 100_000;

    private final Function<String, Optional<String>> lookup;
    private final long ttlNanos;
    private final Map<String, Entry> units = new ConcurrentHashMap<>();

    SourceUnits(Function<String, Optional<String>> lookup, Duration ttl) {
        this.lookup = lookup;
        this.ttlNanos = ttl.toNanos();
    }

    /** The unit of the meter {@code source}; empty when it is no meter. */
    Optional<String> of(String source) {
        long now = System.nanoTime();
        Entry cached = units.get(source);
        if (cached != null && now - cached.loadedAt() < ttlNanos) {
            return cached.orgUnit();
        }
        Optional<String> unit = lookup.apply(source);
        if (units.size() >= MAX_ENTRIES) {
            units.clear();
        }
        units.put(source, new Entry(unit, now));
        return unit;
    }
}
