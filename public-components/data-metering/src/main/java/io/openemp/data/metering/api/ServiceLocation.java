package io.openemp.data.metering.api;

import java.math.BigDecimal;
import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * A service location (CIM {@code ServiceLocation}): where service is delivered; usage points sit there.
 *
 * @param mrid unique among service locations
 * @param name display name
 * @param orgUnit mRID of the organisation unit
 * @param address postal address as one line, or {@code null}
 * @param latitude WGS 84 degrees, or {@code null}
 * @param longitude WGS 84 degrees, or {@code null}
 * @param version optimistic-lock version
 * @param createdAt creation time (UTC)
 * @param updatedAt last change (UTC)
 */
public record ServiceLocation(String mrid, String name, String orgUnit, @Nullable String address,
        @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, long version, Instant createdAt,
        Instant updatedAt) {
}
