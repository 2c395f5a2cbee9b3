package io.openemp.data.metering.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * What a caller gives to create or update a {@link ServiceLocation}; on update every field replaces the stored one.
 *
 * @param mrid identifier
 * @param name 1..200 characters
 * @param orgUnit mRID of an existing organisation unit
 * @param address at most 500 characters, or {@code null}
 * @param latitude -90..90 with at most 6 decimals, or {@code null} (given together with longitude)
 * @param longitude -180..180 with at most 6 decimals, or {@code null}
 */
public record ServiceLocationDraft(String mrid, String name, String orgUnit, @Nullable String address,
        @Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {
}
