package io.openemp.data.metering.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * What a caller gives to create or update a {@link UsagePoint}; on update every field replaces the stored one.
 *
 * @param mrid identifier
 * @param name 1..200 characters
 * @param orgUnit mRID of an existing organisation unit
 * @param serviceLocation mRID of an existing service location, or {@code null}
 * @param account mRID of an existing customer account, or {@code null}
 * @param connectionState {@code CONNECTED} when {@code null}
 * @param phaseCode one of {@code A B C AB BC CA ABC AN BN CN ABN BCN CAN ABCN}, or {@code null}
 * @param nominalVoltage volts, above 0 and at most 1000000, or {@code null}
 * @param ratedPower kW, above 0 and at most 10000000, or {@code null}
 */
public record UsagePointDraft(String mrid, String name, String orgUnit, @Nullable String serviceLocation,
        @Nullable String account, @Nullable ConnectionState connectionState, @Nullable String phaseCode,
        @Nullable BigDecimal nominalVoltage, @Nullable BigDecimal ratedPower) {
}
