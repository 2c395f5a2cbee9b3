package io.openemp.data.readings.internal;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.ReadingTypeInfo;

/**
 * Stands for the metering module in tests: a few reading types, and meters registered by the tests themselves,
 * each in its organisation's time zone.
 */
public final class FixtureDirectory implements MeterDirectory {

    public static final String ENERGY = "energy.import.15min";
    public static final String ENERGY_HOURLY = "energy.import.1h";
    public static final String POWER = "power.active.15min";
    public static final String VOLTAGE = "voltage.l1.15min";
    public static final String REGISTER = "energy.import.register";

    private static final Map<String, ReadingTypeInfo> TYPES = Map.of(
            ENERGY, new ReadingTypeInfo(ENERGY, "kWh", Aggregation.SUM, 900, "Active energy imported per 15 minutes"),
            ENERGY_HOURLY, new ReadingTypeInfo(ENERGY_HOURLY, "kWh", Aggregation.SUM, 3600, "Active energy imported per hour"),
            POWER, new ReadingTypeInfo(POWER, "kW", Aggregation.AVERAGE, 900, "Mean active power per 15 minutes"),
            VOLTAGE, new ReadingTypeInfo(VOLTAGE, "V", Aggregation.AVERAGE, 900, "Mean phase 1 voltage per 15 minutes"),
            REGISTER, new ReadingTypeInfo(REGISTER, "kWh", Aggregation.LAST, 0, "Active energy import register"));

    private record Meter(long key, ZoneId zone) {
    }

    private final Map<String, Meter> meters = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong(1000);
    /** How many meter look-ups reached this directory (the store caches them). */
    public final AtomicLong lookups = new AtomicLong();

    /** Registers a meter in {@code zone}; returns its mRID as given. */
    public String add(String mrid, String zone) {
        meters.put(mrid, new Meter(keys.incrementAndGet(), ZoneId.of(zone)));
        return mrid;
    }

    @Override
    public OptionalLong meterKey(String meterMrid) {
        lookups.incrementAndGet();
        Meter m = meters.get(meterMrid);
        return m == null ? OptionalLong.empty() : OptionalLong.of(m.key());
    }

    @Override
    public Optional<ReadingTypeInfo> readingType(String code) {
        return Optional.ofNullable(TYPES.get(code));
    }

    @Override
    public ZoneId zone(String meterMrid) {
        Meter m = meters.get(meterMrid);
        if (m == null) {
            throw new IllegalArgumentException("unknown meter " + meterMrid);
        }
        return m.zone();
    }
}
