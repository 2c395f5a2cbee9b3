package io.openemp.plugin.efficiency.optimisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;

import io.openemp.plugin.efficiency.optimisation.api.FinanceResult;

/**
 * NPV, IRR and simple payback of yearly cash flows (index 0 = year 0). Plain discounting; the IRR by
 * bracketing every sign change of NPV(r) on a grid and refining each bracket with a Brent-type solver, so
 * several roots are found and reported instead of whichever one Newton's method happens to reach.
 */
final class Finance {

    /** Lowest and highest rates searched for an IRR: -99 % and +10 000 % a year. */
    static final double MIN_RATE = -0.99;
    static final double MAX_RATE = 100.0;

    /** Grid points in log(1 + r): fine enough to separate roots such as 25 % and 400 %. */
    private static final int GRID = 4000;

    private Finance() {
    }

    static double npv(double rate, double[] flows) {
        double sum = 0;
        double factor = 1;
        for (double flow : flows) {
            sum += flow / factor;
            factor *= 1 + rate;
        }
        return sum;
    }

    /** Year 0 investment, then the same saving in each of years 1..years. */
    static double[] measureFlows(double investment, double yearlySaving, int years) {
        double[] flows = new double[years + 1];
        flows[0] = -investment;
        for (int t = 1; t <= years; t++) {
            flows[t] = yearlySaving;
        }
        return flows;
    }

    static int signChanges(double[] flows) {
        int changes = 0;
        int last = 0;
        for (double flow : flows) {
            int sign = (int) Math.signum(flow);
            if (sign != 0) {
                if (last != 0 && sign != last) {
                    changes++;
                }
                last = sign;
            }
        }
        return changes;
    }

    /** Every rate in [MIN_RATE, MAX_RATE] where NPV changes sign (or is exactly 0 on the grid), ascending. */
    static List<Double> irrs(double[] flows) {
        UnivariateFunction f = r -> npv(r, flows);
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-14, 1e-12, 1e-9, 5);
        List<Double> roots = new ArrayList<>();
        double lo = Math.log1p(MIN_RATE);
        double hi = Math.log1p(MAX_RATE);
        double previousRate = MIN_RATE;
        double previous = f.value(previousRate);
        if (previous == 0) {
            roots.add(previousRate);
        }
        for (int i = 1; i <= GRID; i++) {
            double rate = Math.expm1(lo + (hi - lo) * i / GRID);
            double value = f.value(rate);
            if (value == 0) {
                roots.add(rate);
            } else if (previous != 0 && Math.signum(value) != Math.signum(previous)) {
                roots.add(solver.solve(1000, f, previousRate, rate, AllowedSolution.ANY_SIDE));
            }
            previousRate = rate;
            previous = value;
        }
        return roots;
    }

    static FinanceResult analyse(double rate, double[] flows) {
        int changes = signChanges(flows);
        List<Double> roots = changes == 0 ? List.of() : irrs(flows);
        Double irr = null;
        String note;
        if (changes == 0) {
            note = "no IRR: the cash flows never change sign";
        } else if (roots.isEmpty()) {
            note = "no IRR between -99 % and 10 000 % a year";
        } else if (roots.size() == 1) {
            irr = roots.get(0);
            note = changes == 1 ? "unique IRR (one sign change)"
                    : "one IRR found although the cash flows change sign " + changes + " times";
        } else {
            note = "no unique IRR: the cash flows change sign " + changes + " times and the NPV is zero at "
                    + roots.size() + " rates; decide by NPV";
        }
        Double payback = null;
        Integer whole = null;
        double cumulative = 0;
        for (int t = 0; t < flows.length; t++) {
            double before = cumulative;
            cumulative += flows[t];
            if (cumulative >= 0 && (t == 0 || before < 0)) {
                // Only the first crossing counts: flows after it (a decommissioning cost) do not move payback.
                whole = t;
                payback = t == 0 ? 0.0 : (t - 1) + (-before) / flows[t];
                break;
            }
        }
        return new FinanceResult(rate, money(npv(rate, flows)), irr, roots, changes, note, payback, whole);
    }

    static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
