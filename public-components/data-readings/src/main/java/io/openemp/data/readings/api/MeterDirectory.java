package io.openemp.data.readings.api;

import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The master data the reading store looks up: meters, reading types and the time zone of each meter's
 * organisation. Implemented by the metering module as an OSGi service; the store caches its answers for a few
 * minutes, so a meter's key must never change and a new meter is found at once.
 */
@ConsumerType
public interface MeterDirectory {

    /** The meter's permanent numeric key, or empty when no meter has that mRID. */
    OptionalLong meterKey(String meterMrid);

    /** The reading type with that code, or empty when there is none. */
    Optional<ReadingTypeInfo> readingType(String code);

    /**
     * The time zone of the organisation the meter belongs to, which days and months follow. Called only for
     * meters whose {@link #meterKey} exists.
     */
    ZoneId zone(String meterMrid);
}
