package io.openemp.plugin.efficiency.grid.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * A feeder's verified savings in a period.
 *
 * @param feeder the feeder
 * @param period the period label
 * @param from its first day
 * @param to its last day
 * @param customers customers (or their usage points) assigned to the feeder
 * @param customersWithSavings of them, those with a savings record counted
 * @param records savings records counted
 * @param straddlingRecords records overlapping the period without lying inside it: not counted
 * @param achievedKwh sum of the avoided energy, kWh
 * @param uncertaintyKwh root-sum-square of the records' 90 % uncertainties, kWh
 * @param peakKw sum of the customers' peak load reductions, kW
 * @param coincidenceFactor the factor applied (1 when none was given)
 * @param coincidentPeakKw peak reduction at the feeder head: sum times the coincidence factor, kW
 * @param targetKwh the feeder's energy saving target, or null
 * @param completionPercent 100 achieved / target, or null
 * @param targetPeakKw the feeder's peak reduction target, or null
 * @param peakCompletionPercent 100 coincident peak / peak target, or null
 * @param programs the contribution of each program, largest first
 */
public record FeederReport(Feeder feeder, String period, LocalDate from, LocalDate to, int customers,
        int customersWithSavings, int records, int straddlingRecords, BigDecimal achievedKwh, BigDecimal uncertaintyKwh,
        BigDecimal peakKw, BigDecimal coincidenceFactor, BigDecimal coincidentPeakKw, @Nullable BigDecimal targetKwh,
        @Nullable BigDecimal completionPercent, @Nullable BigDecimal targetPeakKw,
        @Nullable BigDecimal peakCompletionPercent, List<Contribution> programs) {
}
