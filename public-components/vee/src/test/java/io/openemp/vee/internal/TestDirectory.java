package io.openemp.vee.internal;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.ReadingTypeInfo;

/** Stands for the metering module: the reading types the tests use, and meters each test registers. */
final class TestDirectory implements MeterDirectory {

    static final String ENERGY_15 = "energy.import.15min";
    static final String REGISTER = "energy.import.register";
    static final String LOAD_1H = "load.mufl.1h";
    static final String ENERGY_1H = "energy.import.1h";

    private static final Map<String, ReadingTypeInfo> TYPES = Map.of(
            ENERGY_15, new ReadingTypeInfo(ENERGY_15, "kWh", Aggregation.SUM, 900, "Active energy imported per 15 minutes"),
            REGISTER, new ReadingTypeInfo(REGISTER, "kWh", Aggregation.LAST, 0, "Active energy import register"),
            LOAD_1H, new ReadingTypeInfo(LOAD_1H, "MW", Aggregation.AVERAGE, 3600, "Middle useful load of a transformer, hourly"),
            ENERGY_1H, new ReadingTypeInfo(ENERGY_1H, "kWh", Aggregation.SUM, 3600, "Active energy imported per hour"));

    private final Map<String, ZoneId> meters = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();

    private final Map<String, Long> meterKeys = new ConcurrentHashMap<>();

    /** Registers a new meter in {@code zone}, with a name no other test uses; returns its mRID. */
    String add(String prefix, String zone) {
        long key = keys.incrementAndGet();
        String mrid = prefix + "-" + key + "-" + System.nanoTime() % 1_000_000;
        meters.put(mrid, ZoneId.of(zone));
        meterKeys.put(mrid, key + 5000);
        return mrid;
    }

    @Override
    public OptionalLong meterKey(String meterMrid) {
        Long key = meterKeys.get(meterMrid);
        return key == null ? OptionalLong.empty() : OptionalLong.of(key);
    }

    @Override
    public Optional<ReadingTypeInfo> readingType(String code) {
        return Optional.ofNullable(TYPES.get(code));
    }

    @Override
    public ZoneId zone(String meterMrid) {
        ZoneId zone = meters.get(meterMrid);
        if (zone == null) {
            throw new IllegalArgumentException("unknown meter " + meterMrid);
        }
        return zone;
    }
}
