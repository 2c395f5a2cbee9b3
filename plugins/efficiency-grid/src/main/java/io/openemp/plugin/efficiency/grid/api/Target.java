package io.openemp.plugin.efficiency.grid.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * Targets of one organisation unit or feeder for one period. At least one of the two is given.
 *
 * @param scope unit or feeder
 * @param id the unit's mRID or the feeder's id
 * @param period {@code 2026} (year), {@code 2026-Q1} (quarter) or {@code 2026-03} (month)
 * @param energyKwh energy saving target, kWh, above 0, or {@code null}
 * @param peakKw peak reduction target, kW, above 0, or {@code null}
 */
public record Target(TargetScope scope, String id, String period, @Nullable BigDecimal energyKwh,
        @Nullable BigDecimal peakKw) {
}
