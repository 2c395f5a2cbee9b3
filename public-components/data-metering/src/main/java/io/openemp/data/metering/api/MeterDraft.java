package io.openemp.data.metering.api;

import java.math.BigDecimal;
import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * What a caller gives to create or update a {@link Meter}; on update every field replaces the stored one.
 *
 * @param mrid identifier
 * @param serialNumber 1..64 characters
 * @param orgUnit mRID of an existing organisation unit
 * @param usagePoint mRID of an existing usage point; required when the status is {@code INSTALLED}, refused
 *        otherwise
 * @param status {@code IN_STOCK} when {@code null} and no usage point is given, {@code INSTALLED} when one is
 * @param ctRatio above 0, at most 1000000, at most 4 decimals; 1 when {@code null}
 * @param ptRatio above 0, at most 1000000, at most 4 decimals; 1 when {@code null}
 * @param manufacturer at most 100 characters, or {@code null}
 * @param model at most 100 characters, or {@code null}
 * @param commAddress at most 64 characters, or {@code null}
 * @param installedAt installation time, or {@code null}
 */
public record MeterDraft(String mrid, String serialNumber, String orgUnit, @Nullable String usagePoint,
        @Nullable MeterStatus status, @Nullable BigDecimal ctRatio, @Nullable BigDecimal ptRatio,
        @Nullable String manufacturer, @Nullable String model, @Nullable String commAddress,
        @Nullable Instant installedAt) {
}
