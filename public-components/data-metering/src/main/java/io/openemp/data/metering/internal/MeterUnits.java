package io.openemp.data.metering.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.openemp.data.metering.api.Meter;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.MeteringException;

/**
 * The organisation unit of each meter, kept in memory for {@code ttl}: scope checks ask for every meter of every
 * reading call, and a meter changes unit seldom (an update moves it; the move counts after at most {@code ttl}).
 * Unknown meters are not kept, so a new meter is found at once.
 */
final class MeterUnits {

    private record Entry(String orgUnit, long loadedAt) {
    }

    static final int MAX_ENTRIES = 200_000;

    private final Metering metering;
    private final long ttlNanos;
    private final Map<String, Entry> units = new ConcurrentHashMap<>();

    MeterUnits(Metering metering, Duration ttl) {
        this.metering = metering;
        this.ttlNanos = ttl.toNanos();
    }

    /** The meter's unit; empty when there is no such meter (or the mRID is not even well formed). */
    Optional<String> of(String meterMrid) {
        if (meterMrid == null || meterMrid.isEmpty() || meterMrid.length() > 64) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        Entry cached = units.get(meterMrid);
        if (cached != null && now - cached.loadedAt() < ttlNanos) {
            return Optional.of(cached.orgUnit());
        }
        Optional<String> unit;
        try {
            unit = metering.meter(meterMrid).map(Meter::orgUnit);
        } catch (MeteringException malformed) {
            unit = Optional.empty();
        }
        if (unit.isPresent()) {
            if (units.size() >= MAX_ENTRIES) {
                units.clear();
            }
            units.put(meterMrid, new Entry(unit.get(), now));
        } else {
            units.remove(meterMrid);
        }
        return unit;
    }
}
