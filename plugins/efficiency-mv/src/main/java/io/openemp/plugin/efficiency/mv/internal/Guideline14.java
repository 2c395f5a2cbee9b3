package io.openemp.plugin.efficiency.mv.internal;

import java.util.ArrayList;
import java.util.List;

import io.openemp.plugin.efficiency.mv.api.Check;

/**
 * ASHRAE Guideline 14-2014 calibration limits for a baseline model: CV(RMSE) at most 30 % and NMBE within
 * +-10 % for hourly data, 15 % and +-5 % for monthly data.
 */
final class Guideline14 {

    static final double HOURLY_CV = 0.30;
    static final double HOURLY_NMBE = 0.10;
    static final double MONTHLY_CV = 0.15;
    static final double MONTHLY_NMBE = 0.05;

    private Guideline14() {
    }

    /** CV(RMSE) = sqrt(sum(r^2) / (n - p)) / mean(y). */
    static double cvRmse(double[] y, double[] fitted, int p) {
        double ss = 0;
        for (int i = 0; i < y.length; i++) {
            ss += (y[i] - fitted[i]) * (y[i] - fitted[i]);
        }
        return Math.sqrt(ss / (y.length - p)) / mean(y);
    }

    /** NMBE = sum(y - fitted) / ((n - p) * mean(y)). */
    static double nmbe(double[] y, double[] fitted, int p) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += y[i] - fitted[i];
        }
        return sum / ((y.length - p) * mean(y));
    }

    static double mean(double[] y) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        return sum / y.length;
    }

    static List<Check> checks(String interval, double cv, double nmbe, Double monthlyCv, Double monthlyNmbe) {
        List<Check> checks = new ArrayList<>();
        checks.add(check(interval + " cvRmse", cv, HOURLY_CV));
        checks.add(check(interval + " nmbe", nmbe, HOURLY_NMBE));
        if (monthlyCv != null) {
            checks.add(check("monthly cvRmse", monthlyCv, MONTHLY_CV));
            checks.add(check("monthly nmbe", monthlyNmbe, MONTHLY_NMBE));
        }
        return checks;
    }

    private static Check check(String name, double value, double limit) {
        // A NaN (a zero mean) fails: such a model explains nothing.
        return new Check(name, value, limit, Math.abs(value) <= limit);
    }
}
