package io.openemp.data.metering.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.openemp.data.metering.api.Meter;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.MeteringException;
import io.openemp.data.metering.api.ReadingType;
import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.ReadingTypeInfo;

/**
 * The reading store's {@link MeterDirectory}, answered from {@link Metering} and kept in memory: the reading store
 * asks on every batch. A meter's key is its primary key; its zone is its organisation unit's, re-read after at
 * most a minute.
 *
 * <p>Reading types as the reading store sees them: a {@code DELTA} type sums over a period and covers its
 * interval; an {@code AVERAGE} type (demand) averages and covers its interval; a {@code CUMULATIVE} register takes
 * the period's last value and an {@code INSTANTANEOUS} sample averages, both covering no interval (0 s).
 */
@Component(service = MeterDirectory.class)
public class MeterDirectoryService implements MeterDirectory {

    private final Metering metering;
    private final DirectoryCache cache;

    @Activate
    public MeterDirectoryService(@Reference Metering metering) {
        this(metering, Duration.ofMinutes(1));
    }

    MeterDirectoryService(Metering metering, Duration zoneTtl) {
        this.metering = metering;
        this.cache = new DirectoryCache(zoneTtl);
    }

    private static boolean plausible(String mrid) {
        return mrid != null && !mrid.isEmpty() && mrid.length() <= 64;
    }

    /** The meter {@code mrid}; none for an mRID that is not even well formed. */
    private Optional<Meter> meter(String mrid) {
        try {
            return metering.meter(mrid);
        } catch (MeteringException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public OptionalLong meterKey(String meterMrid) {
        if (!plausible(meterMrid)) {
            return OptionalLong.empty();
        }
        return cache.meterKey(meterMrid, m -> meter(m).map(Meter::key))
                .map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    @Override
    public Optional<ReadingTypeInfo> readingType(String code) {
        if (!plausible(code)) {
            return Optional.empty();
        }
        return cache.readingType(code, c -> metering.readingType(c).map(MeterDirectoryService::info));
    }

    /** {@code type} as the reading store needs it. */
    static ReadingTypeInfo info(ReadingType type) {
        int interval = type.intervalMinutes() * 60;
        return switch (type.accumulation()) {
            case DELTA -> new ReadingTypeInfo(type.code(), type.unit(), Aggregation.SUM, interval, type.name());
            case AVERAGE -> new ReadingTypeInfo(type.code(), type.unit(), Aggregation.AVERAGE, interval, type.name());
            case CUMULATIVE -> new ReadingTypeInfo(type.code(), type.unit(), Aggregation.LAST, 0, type.name());
            case INSTANTANEOUS -> new ReadingTypeInfo(type.code(), type.unit(), Aggregation.AVERAGE, 0, type.name());
        };
    }

    @Override
    public ZoneId zone(String meterMrid) {
        Optional<ZoneId> zone = plausible(meterMrid)
                ? cache.zone(meterMrid, m -> meter(m).map(meter -> metering.zone(meter.orgUnit())))
                : Optional.empty();
        return zone.orElseThrow(() -> new IllegalArgumentException("no meter has the mRID '" + meterMrid + "'"));
    }
}
