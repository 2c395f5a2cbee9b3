package io.openemp.data.readings.internal;

import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.ReadingTypeInfo;

/**
 * Remembers what the {@link MeterDirectory} answered for a while, so that a batch of 10,000 readings does not
 * make 10,000 look-ups. Only answers that something exists are kept: a meter added a moment ago is found at once.
 */
final class DirectoryCache {

    private static final int MAX_ENTRIES = 200_000;

    private record Entry<T>(T value, long expires) {
    }

    private final MeterDirectory directory;
    private final long ttlNanos;
    private final ConcurrentHashMap<String, Entry<Long>> meters = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entry<ReadingTypeInfo>> types = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entry<ZoneId>> zones = new ConcurrentHashMap<>();

    DirectoryCache(MeterDirectory directory, long ttlSeconds) {
        this.directory = directory;
        this.ttlNanos = Math.max(0, ttlSeconds) * 1_000_000_000L;
    }

    OptionalLong meterKey(String mrid) {
        Long key = cached(meters, mrid, m -> {
            OptionalLong k = directory.meterKey(m);
            return k.isPresent() ? k.getAsLong() : null;
        });
        return key == null ? OptionalLong.empty() : OptionalLong.of(key);
    }

    Optional<ReadingTypeInfo> readingType(String code) {
        return Optional.ofNullable(cached(types, code, c -> directory.readingType(c).orElse(null)));
    }

    ZoneId zone(String mrid) {
        return cached(zones, mrid, directory::zone);
    }

    private <T> T cached(ConcurrentHashMap<String, Entry<T>> map, String key, Function<String, T> lookup) {
        long now = System.nanoTime();
        Entry<T> entry = map.get(key);
        if (entry != null && now - entry.expires() < 0) {
            return entry.value();
        }
        T value = lookup.apply(key);
        if (value != null && ttlNanos > 0) {
            if (map.size() >= MAX_ENTRIES) {
                map.clear();
            }
            map.put(key, new Entry<>(value, now + ttlNanos));
        }
        return value;
    }
}
