package io.openemp.data.metering.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.openemp.data.readings.api.ReadingTypeInfo;

/**
 * What the reading store asks for on every batch, kept in memory. A meter's key never changes (mRIDs are
 * immutable and meters are never deleted), so it is kept for good; a meter's zone can change (an update moves
 * it or its unit), so it is kept for {@code zoneTtl} only; reading types change only by migration, so they are
 * kept for good. Only what exists is kept: an unknown mRID is asked again next time.
 */
final class DirectoryCache {

    private record Zone(ZoneId zone, long loadedAt) {
    }

    /** Entries kept at most per map; a full map is emptied and fills again with what is asked for. */
    static final int MAX_ENTRIES = 200_000;

    private final Map<String, Long> meterKeys = new ConcurrentHashMap<>();
    private final Map<String, Zone> zones = new ConcurrentHashMap<>();
    private final Map<String, ReadingTypeInfo> readingTypes = new ConcurrentHashMap<>();
    private final long zoneTtlNanos;

    DirectoryCache(Duration zoneTtl) {
        this.zoneTtlNanos = zoneTtl.toNanos();
    }

    Optional<Long> meterKey(String mrid, Function<String, Optional<Long>> loader) {
        Long key = meterKeys.get(mrid);
        if (key != null) {
            return Optional.of(key);
        }
        Optional<Long> loaded = loader.apply(mrid);
        loaded.ifPresent(k -> put(meterKeys, mrid, k));
        return loaded;
    }

    Optional<ZoneId> zone(String meterMrid, Function<String, Optional<ZoneId>> loader) {
        Zone cached = zones.get(meterMrid);
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt() < zoneTtlNanos) {
            return Optional.of(cached.zone());
        }
        Optional<ZoneId> loaded = loader.apply(meterMrid);
        loaded.ifPresentOrElse(z -> put(zones, meterMrid, new Zone(z, now)), () -> zones.remove(meterMrid));
        return loaded;
    }

    Optional<ReadingTypeInfo> readingType(String code,
            Function<String, Optional<ReadingTypeInfo>> loader) {
        ReadingTypeInfo cached = readingTypes.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ReadingTypeInfo> loaded = loader.apply(code);
        loaded.ifPresent(r -> put(readingTypes, code, r));
        return loaded;
    }

    private static <V> void put(Map<String, V> map, String key, V value) {
        if (map.size() >= MAX_ENTRIES) {
            map.clear();
        }
        map.put(key, value);
    }
}
