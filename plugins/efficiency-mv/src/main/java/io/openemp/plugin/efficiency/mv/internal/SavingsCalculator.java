package io.openemp.plugin.efficiency.mv.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;

import io.openemp.plugin.efficiency.mv.api.Adjustment;
import io.openemp.plugin.efficiency.mv.api.BaselineFit;
import io.openemp.plugin.efficiency.mv.api.Check;
import io.openemp.plugin.efficiency.mv.api.Coefficient;
import io.openemp.plugin.efficiency.mv.api.MonthSavings;
import io.openemp.plugin.efficiency.mv.api.Savings;

/** Fits the baseline, checks it, and computes avoided energy and its uncertainty over the reporting period. */
final class SavingsCalculator {

    static final String UNCERTAINTY_METHOD = "ASHRAE Guideline 14-2014 fractional savings uncertainty at 90 % "
            + "confidence with lag-1 autocorrelation correction: U = t(0.95, n'-p) * 1.26 * CV(RMSE) * "
            + "sqrt((n/n') * (1 + 2/n) / m) * adjusted baseline, n' = n (1 - rho) / (1 + rho)";

    /** The model with the baseline's fitted values. */
    record Fitted(BaselineModel model, Design design, BaselineFit fit, double[] y, double[] fitted) {
    }

    private SavingsCalculator() {
    }

    static Fitted fit(Inputs in) {
        Design design = new Design(in.zone(), in.timeOfWeek(), in.drivers().size());
        List<Instant> at = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (Map.Entry<Instant, Double> e : in.consumption().subMap(in.baseline().from(), true, in.baseline().to(), false).entrySet()) {
            double[] d = in.driversAt(e.getKey());
            if (d != null) {
                at.add(e.getKey());
                ys.add(e.getValue());
                rows.add(design.row(e.getKey(), d));
            }
        }
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        BaselineModel model = BaselineModel.fit(y, rows.toArray(new double[0][]));
        double[] fitted = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            fitted[i] = model.predict(rows.get(i));
        }
        int p = model.parameters();
        double cv = Guideline14.cvRmse(y, fitted, p);
        double nmbe = Guideline14.nmbe(y, fitted, p);
        Map<YearMonth, double[]> months = new LinkedHashMap<>();
        for (int i = 0; i < y.length; i++) {
            double[] m = months.computeIfAbsent(YearMonth.from(at.get(i).atZone(in.zone())), k -> new double[2]);
            m[0] += y[i];
            m[1] += fitted[i];
        }
        Double monthlyCv = null;
        Double monthlyNmbe = null;
        if (months.size() >= 2) {
            double[] my = months.values().stream().mapToDouble(v -> v[0]).toArray();
            double[] mf = months.values().stream().mapToDouble(v -> v[1]).toArray();
            monthlyCv = Guideline14.cvRmse(my, mf, 1);
            monthlyNmbe = Guideline14.nmbe(my, mf, 1);
        }
        String interval = in.granularity() == io.openemp.plugin.efficiency.mv.api.Granularity.PT1H ? "hourly" : "daily";
        List<Check> checks = Guideline14.checks(interval, cv, nmbe, monthlyCv, monthlyNmbe);
        List<Coefficient> coefficients = new ArrayList<>();
        coefficients.add(new Coefficient("intercept", model.intercept(), model.interceptError()));
        int indicators = Design.levels(in.timeOfWeek()) - 1;
        for (int d = 0; d < in.drivers().size(); d++) {
            coefficients.add(new Coefficient(in.driverNames().get(d), model.coefficient(indicators + d), model.standardError(indicators + d)));
        }
        BaselineFit fit = new BaselineFit(in.granularity(), in.timeOfWeek(), y.length, p, Guideline14.mean(y),
                model.rSquared(), cv, nmbe, monthlyCv, monthlyNmbe, lagOneAutocorrelation(y, fitted), checks,
                checks.stream().allMatch(Check::passed), coefficients);
        return new Fitted(model, design, fit, y, fitted);
    }

    static List<Check> failed(BaselineFit fit) {
        return fit.checks().stream().filter(c -> !c.passed()).toList();
    }

    static Savings savings(Inputs in, Fitted fitted, List<Adjustment> adjustments, boolean forced) {
        List<Instant> at = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        int skipped = 0;
        var reporting = in.consumption().subMap(in.reporting().from(), true, in.reporting().to(), false);
        for (Map.Entry<Instant, Double> e : reporting.entrySet()) {
            double[] d = in.driversAt(e.getKey());
            if (d == null) {
                skipped++;
                continue;
            }
            at.add(e.getKey());
            actual.add(e.getValue());
            predicted.add(fitted.model().predict(fitted.design().row(e.getKey(), d)));
        }
        skipped += expectedIntervals(in) - reporting.size();
        int m = at.size();
        double[] nonRoutine = new double[m];
        for (Adjustment a : adjustments) {
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                if (!at.get(i).isBefore(a.from()) && at.get(i).isBefore(a.to())) {
                    inside.add(i);
                }
            }
            for (int i : inside) {
                nonRoutine[i] += a.kwh() / inside.size();
            }
        }
        double baselineTotal = 0;
        double actualTotal = 0;
        double nonRoutineTotal = 0;
        Map<YearMonth, double[]> months = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            double adjusted = predicted.get(i) + nonRoutine[i];
            baselineTotal += adjusted;
            actualTotal += actual.get(i);
            nonRoutineTotal += nonRoutine[i];
            double[] month = months.computeIfAbsent(YearMonth.from(at.get(i).atZone(in.zone())), k -> new double[3]);
            month[0] += adjusted;
            month[1] += actual.get(i);
            month[2]++;
        }
        List<MonthSavings> monthly = new ArrayList<>();
        months.forEach((k, v) -> monthly.add(new MonthSavings(k.toString(), v[0], v[1], v[0] - v[1], (int) v[2])));
        double avoided = baselineTotal - actualTotal;
        double uncertainty = m == 0 ? 0 : uncertainty(fitted.fit(), m, baselineTotal);
        return new Savings(fitted.fit(), forced, m, skipped, baselineTotal, nonRoutineTotal, actualTotal, avoided,
                baselineTotal == 0 ? 0 : avoided / baselineTotal, uncertainty, UNCERTAINTY_METHOD, monthly, adjustments);
    }

    /**
     * ASHRAE Guideline 14-2014, Annex B (after Reddy and Claridge): the absolute savings uncertainty, that is the
     * fractional savings uncertainty times the savings, t * 1.26 * CV * sqrt((n/n') (1 + 2/n) / m) * E_baseline.
     */
    static double uncertainty(BaselineFit fit, int m, double adjustedBaseline) {
        int n = fit.observations();
        double rho = Math.max(0, fit.autocorrelation());
        double effective = n * (1 - rho) / (1 + rho);
        double degrees = Math.max(1, effective - fit.parameters());
        double t = new TDistribution(degrees).inverseCumulativeProbability(0.95);
        return t * 1.26 * fit.cvRmse() * Math.sqrt((n / effective) * (1 + 2.0 / n) / m) * Math.abs(adjustedBaseline);
    }

    static double lagOneAutocorrelation(double[] y, double[] fitted) {
        int n = y.length;
        double[] r = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            r[i] = y[i] - fitted[i];
            mean += r[i] / n;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            den += (r[i] - mean) * (r[i] - mean);
            if (i > 0) {
                num += (r[i] - mean) * (r[i - 1] - mean);
            }
        }
        return den == 0 ? 0 : num / den;
    }

    /** Intervals of the reporting period on the model's calendar (local days for P1D). */
    static int expectedIntervals(Inputs in) {
        Intervals intervals = new Intervals(in.granularity(), in.zone());
        return intervals.count(in.reporting().from(), in.reporting().to());
    }
}
