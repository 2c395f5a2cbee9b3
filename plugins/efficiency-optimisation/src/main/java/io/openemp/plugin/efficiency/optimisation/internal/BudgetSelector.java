package io.openemp.plugin.efficiency.optimisation.internal;

import java.util.List;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The 0-1 integer program: maximise sum(npv_i x_i) subject to sum(investment_i x_i) <= budget, at most one
 * measure of each mutually exclusive group, x_i = 1 for the measures that must be included. Solved by ojAlgo's
 * branch and bound, which proves optimality (a ratio-greedy heuristic does not).
 */
final class BudgetSelector {

    /** The decision, or why there is none. */
    record Outcome(boolean[] chosen, boolean feasible, String state) {
    }

    private BudgetSelector() {
    }

    static Outcome select(double[] npv, double[] investment, double budget, List<int[]> exclusiveGroups, int[] mustInclude) {
        int n = npv.length;
        // Scaled to O(1) coefficients: with raw money amounts (1e5) branch and bound was seen to stop at a
        // worse integer solution and call it optimal.
        double npvScale = 0;
        double costScale = budget;
        for (int i = 0; i < n; i++) {
            npvScale = Math.max(npvScale, Math.abs(npv[i]));
            costScale = Math.max(costScale, investment[i]);
        }
        npvScale = npvScale == 0 ? 1 : npvScale;
        costScale = costScale == 0 ? 1 : costScale;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.addVariable("x" + i).binary().weight(npv[i] / npvScale);
        }
        Expression budgetRow = model.addExpression("budget").upper(budget / costScale);
        for (int i = 0; i < n; i++) {
            budgetRow.set(x[i], investment[i] / costScale);
        }
        int g = 0;
        for (int[] group : exclusiveGroups) {
            Expression row = model.addExpression("group" + g++).upper(1);
            for (int i : group) {
                row.set(x[i], 1);
            }
        }
        for (int i : mustInclude) {
            x[i].lower(1);
        }
        Optimisation.Result result = model.maximise();
        boolean[] chosen = new boolean[n];
        if (!result.getState().isOptimal()) {
            return new Outcome(chosen, false, result.getState().name());
        }
        for (int i = 0; i < n; i++) {
            chosen[i] = result.doubleValue(i) > 0.5;
        }
        return new Outcome(chosen, true, result.getState().name());
    }
}
