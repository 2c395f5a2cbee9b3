package io.openemp.plugin.efficiency.mv.api;

import java.util.List;

/**
 * The baseline model fitted by ordinary least squares on the baseline period.
 *
 * @param granularity the model interval
 * @param timeOfWeek the time-of-week indicators used
 * @param observations n, baseline intervals used (consumption and every driver present)
 * @param parameters p, fitted coefficients including the intercept
 * @param meanKwh mean consumption per interval over the baseline
 * @param rSquared coefficient of determination
 * @param cvRmse sqrt(sum of squared residuals / (n - p)) / mean
 * @param nmbe sum of residuals / ((n - p) * mean)
 * @param monthlyCvRmse the same over calendar-month totals (months - 1 degrees of freedom); null under 2 months
 * @param monthlyNmbe the same over calendar-month totals; null under 2 months
 * @param autocorrelation lag-1 autocorrelation of the baseline residuals
 * @param checks Guideline 14 checks
 * @param passed whether every check passed
 * @param coefficients intercept and drivers (the time-of-week indicators are counted in parameters, not listed)
 */
public record BaselineFit(Granularity granularity, TimeOfWeek timeOfWeek, int observations, int parameters,
        double meanKwh, double rSquared, double cvRmse, double nmbe, Double monthlyCvRmse, Double monthlyNmbe,
        double autocorrelation, List<Check> checks, boolean passed, List<Coefficient> coefficients) {
}
