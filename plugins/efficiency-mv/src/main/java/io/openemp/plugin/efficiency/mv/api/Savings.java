package io.openemp.plugin.efficiency.mv.api;

import java.util.List;

/**
 * Avoided energy over the reporting period (IPMVP Option C).
 *
 * @param baseline the model and its checks
 * @param forced true when the model failed a check and the caller forced the calculation
 * @param reportingIntervals intervals of the reporting period used (consumption and every driver present)
 * @param skippedIntervals reporting intervals with consumption or a driver missing, left out of every total
 * @param adjustedBaselineKwh model prediction over the reporting period plus the non-routine adjustments
 * @param nonRoutineKwh sum of the non-routine adjustments
 * @param actualKwh measured consumption over the reporting period
 * @param avoidedKwh adjusted baseline minus actual
 * @param savingsFraction avoided / adjusted baseline
 * @param uncertaintyKwh half-width of the 90 % confidence interval of the avoided energy
 * @param uncertaintyMethod how the uncertainty was computed, in words
 * @param months per local calendar month
 * @param adjustments the non-routine adjustments applied, as given
 */
public record Savings(BaselineFit baseline, boolean forced, int reportingIntervals, int skippedIntervals,
        double adjustedBaselineKwh, double nonRoutineKwh, double actualKwh, double avoidedKwh, double savingsFraction,
        double uncertaintyKwh, String uncertaintyMethod, List<MonthSavings> months, List<Adjustment> adjustments) {
}
