package io.openemp.data.metering.api;

import java.math.BigDecimal;
import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * A meter (CIM {@code Meter}, an {@code EndDevice}) with the ratios of its current and voltage transformers.
 * A reading of the meter times {@link #multiplier()} is the primary-side value.
 *
 * @param mrid unique among meters
 * @param key the meter's stable numeric key (its primary key), which the reading store files readings under
 * @param serialNumber the manufacturer's serial number
 * @param orgUnit mRID of the organisation unit
 * @param usagePoint mRID of the usage point it is installed on, or {@code null}
 * @param status life-cycle state
 * @param ctRatio current-transformer ratio (e.g. 40 for 200/5 A), 1 for a direct-connected meter
 * @param ptRatio voltage-transformer ratio (e.g. 100 for 10 kV/100 V), 1 when none
 * @param multiplier {@code ctRatio × ptRatio}
 * @param manufacturer or {@code null}
 * @param model or {@code null}
 * @param commAddress the address the meter answers to on its communication link (e.g. a DL/T 645 address), or
 *        {@code null}
 * @param installedAt when it was installed (UTC), or {@code null}
 * @param version optimistic-lock version
 * @param createdAt creation time (UTC)
 * @param updatedAt last change (UTC)
 */
public record Meter(String mrid, long key, String serialNumber, String orgUnit, @Nullable String usagePoint,
        MeterStatus status, BigDecimal ctRatio, BigDecimal ptRatio, BigDecimal multiplier,
        @Nullable String manufacturer, @Nullable String model, @Nullable String commAddress,
        @Nullable Instant installedAt, long version, Instant createdAt, Instant updatedAt) {
}
