package io.openemp.plugin.efficiency.monitoring.internal;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.ReadingTypeInfo;

/** Stands for the metering module: the reading types of the tests and the meters they register. */
final class TestDirectory implements MeterDirectory {

    static final String ACTIVE = "energy.active.forward.delta";
    static final String REACTIVE = "energy.reactive.forward.delta";
    static final String HOURLY = "energy.active.forward.1h";
    static final String REGISTER = "energy.active.forward";

    private static final Map<String, ReadingTypeInfo> TYPES = Map.of(
            ACTIVE, new ReadingTypeInfo(ACTIVE, "kWh", Aggregation.SUM, 900, "15-minute forward active energy"),
            REACTIVE, new ReadingTypeInfo(REACTIVE, "kvarh", Aggregation.SUM, 900, "15-minute forward reactive energy"),
            HOURLY, new ReadingTypeInfo(HOURLY, "kWh", Aggregation.SUM, 3600, "Hourly forward active energy"),
            REGISTER, new ReadingTypeInfo(REGISTER, "kWh", Aggregation.LAST, 0, "Forward active energy register"));

    private final Map<String, Long> keys = new ConcurrentHashMap<>();
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong(100);

    String add(String meter, String zone) {
        keys.put(meter, next.incrementAndGet());
        zones.put(meter, ZoneId.of(zone));
        return meter;
    }

    @Override
    public OptionalLong meterKey(String meterMrid) {
        Long k = keys.get(meterMrid);
        return k == null ? OptionalLong.empty() : OptionalLong.of(k);
    }

    @Override
    public Optional<ReadingTypeInfo> readingType(String code) {
        return Optional.ofNullable(TYPES.get(code));
    }

    @Override
    public ZoneId zone(String meterMrid) {
        return zones.get(meterMrid);
    }
}
