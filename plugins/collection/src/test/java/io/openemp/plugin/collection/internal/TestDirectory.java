package io.openemp.plugin.collection.internal;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.ReadingTypeInfo;

/** Stands for the metering module: the reading types the station stores, and meters the tests register. */
final class TestDirectory implements MeterDirectory {

    private static final Map<String, ReadingTypeInfo> TYPES = Map.of(
            "energy.active.forward", new ReadingTypeInfo("energy.active.forward", "kWh", Aggregation.LAST, 0, "Forward active energy register"),
            "energy.active.forward.daily", new ReadingTypeInfo("energy.active.forward.daily", "kWh", Aggregation.LAST, 0, "Daily frozen forward active energy"),
            "voltage.a", new ReadingTypeInfo("voltage.a", "V", Aggregation.AVERAGE, 0, "Phase A voltage"));

    private final Map<String, Long> meters = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong(1000);

    String add(String mrid) {
        meters.computeIfAbsent(mrid, k -> keys.incrementAndGet());
        return mrid;
    }

    @Override
    public OptionalLong meterKey(String meterMrid) {
        Long key = meters.get(meterMrid);
        return key == null ? OptionalLong.empty() : OptionalLong.of(key);
    }

    @Override
    public Optional<ReadingTypeInfo> readingType(String code) {
        return Optional.ofNullable(TYPES.get(code));
    }

    @Override
    public ZoneId zone(String meterMrid) {
        return ZoneId.of("Asia/Shanghai");
    }
}
