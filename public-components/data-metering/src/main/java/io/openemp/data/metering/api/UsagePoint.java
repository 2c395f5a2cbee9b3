package io.openemp.data.metering.api;

import java.math.BigDecimal;
import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * A usage point (CIM {@code UsagePoint}): the logical point where energy is delivered and measured; meters are
 * installed on it, an account is billed for it.
 *
 * @param mrid unique among usage points
 * @param name display name
 * @param orgUnit mRID of the organisation unit
 * @param serviceLocation mRID of its service location, or {@code null}
 * @param account mRID of the customer account billed for it, or {@code null}
 * @param connectionState connected or disconnected
 * @param phaseCode CIM phase code ({@code ABC}, {@code ABCN}, {@code A}, {@code AN}...), or {@code null}
 * @param nominalVoltage nominal service voltage in V, or {@code null}
 * @param ratedPower rated power in kW, or {@code null}
 * @param version optimistic-lock version
 * @param createdAt creation time (UTC)
 * @param updatedAt last change (UTC)
 */
public record UsagePoint(String mrid, String name, String orgUnit, @Nullable String serviceLocation,
        @Nullable String account, ConnectionState connectionState, @Nullable String phaseCode,
        @Nullable BigDecimal nominalVoltage, @Nullable BigDecimal ratedPower, long version, Instant createdAt,
        Instant updatedAt) {
}
