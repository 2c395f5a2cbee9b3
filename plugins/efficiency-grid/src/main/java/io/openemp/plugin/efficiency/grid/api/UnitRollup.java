package io.openemp.plugin.efficiency.grid.api;

import java.math.BigDecimal;

import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.plugin.api.Nullable;

/**
 * One organisation unit's verified savings in a period: everything of its subtree (the unit, its children and
 * theirs), against the unit's own targets.
 *
 * @param unit mRID
 * @param name display name
 * @param kind province, city, county or station
 * @param parent the parent's mRID (null for the unit asked for)
 * @param level 0 for the unit asked for, 1 for its children...
 * @param customers customers in the subtree (metering master data)
 * @param customersWithSavings of them, those with a savings record counted
 * @param records savings records counted
 * @param achievedKwh sum of the avoided energy, kWh
 * @param uncertaintyKwh root-sum-square of the records' 90 % uncertainties (independent records), kWh
 * @param peakKw sum of the customers' peak load reductions (not coincident), kW
 * @param targetKwh the unit's energy saving target for the period, or null
 * @param completionPercent 100 achieved / target, or null without a target
 * @param targetPeakKw the unit's peak reduction target, or null
 * @param peakCompletionPercent 100 peak / peak target, or null without one
 */
public record UnitRollup(String unit, String name, OrgUnitKind kind, @Nullable String parent, int level, int customers,
        int customersWithSavings, int records, BigDecimal achievedKwh, BigDecimal uncertaintyKwh, BigDecimal peakKw,
        @Nullable BigDecimal targetKwh, @Nullable BigDecimal completionPercent, @Nullable BigDecimal targetPeakKw,
        @Nullable BigDecimal peakCompletionPercent) {
}
