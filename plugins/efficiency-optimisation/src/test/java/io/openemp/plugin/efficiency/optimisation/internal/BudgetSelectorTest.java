package io.openemp.plugin.efficiency.optimisation.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;

/** The integer program against exhaustive enumeration, and a case where choosing by NPV per money fails. */
public class BudgetSelectorTest {

    private static final int[] NONE = {};

    /** Best total NPV over all 2^n subsets that satisfy the constraints; -infinity when none does. */
    private static double bruteForce(double[] npv, double[] cost, double budget, List<int[]> groups, int[] must) {
        int n = npv.length;
        double best = Double.NEGATIVE_INFINITY;
        for (int mask = 0; mask < 1 << n; mask++) {
            double total = 0;
            double spent = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    total += npv[i];
                    spent += cost[i];
                }
            }
            boolean ok = spent <= budget + 1e-9;
            for (int[] group : groups) {
                int count = 0;
                for (int i : group) {
                    count += (mask >> i) & 1;
                }
                ok &= count <= 1;
            }
            for (int i : must) {
                ok &= (mask & 1 << i) != 0;
            }
            if (ok) {
                best = Math.max(best, total);
            }
        }
        return best;
    }

    private static double value(boolean[] chosen, double[] v) {
        double total = 0;
        for (int i = 0; i < v.length; i++) {
            total += chosen[i] ? v[i] : 0;
        }
        return total;
    }

    @Test
    public void matchesBruteForceOn200RandomInstancesOf12Measures() {
        Random random = new Random(20261125);
        for (int k = 0; k < 200; k++) {
            int n = 12;
            double[] npv = new double[n];
            double[] cost = new double[n];
            for (int i = 0; i < n; i++) {
                cost[i] = 1000 + random.nextInt(99000);
                // Some measures lose money: they must be left out unless forced in.
                npv[i] = Math.round((random.nextDouble() * 1.6 - 0.3) * cost[i] * 100) / 100.0;
            }
            double budget = 0.3 * sum(cost) * (0.5 + random.nextDouble());
            List<int[]> groups = new ArrayList<>();
            int[] must = NONE;
            if (k % 2 == 1) {
                groups.add(new int[] {0, 1, 2});
                groups.add(new int[] {5, 7});
            }
            if (k % 4 == 3) {
                must = new int[] {3};
            }
            double expected = bruteForce(npv, cost, budget, groups, must);
            BudgetSelector.Outcome outcome = BudgetSelector.select(npv, cost, budget, groups, must);
            if (expected == Double.NEGATIVE_INFINITY) {
                assertFalse("instance " + k, outcome.feasible());
                continue;
            }
            assertTrue("instance " + k + " " + outcome.state(), outcome.feasible());
            assertEquals("instance " + k, expected, value(outcome.chosen(), npv), 1e-6);
            assertTrue("instance " + k + " within budget", value(outcome.chosen(), cost) <= budget + 1e-9);
            for (int[] group : groups) {
                int count = 0;
                for (int i : group) {
                    count += outcome.chosen()[i] ? 1 : 0;
                }
                assertTrue(count <= 1);
            }
            for (int i : must) {
                assertTrue(outcome.chosen()[i]);
            }
        }
    }

    /**
     * Greedy by NPV per money invested takes A (ratio 0.6) and then nothing fits: NPV 60. The optimum is B + C
     * (ratio 0.5 each) for the same budget: NPV 100.
     */
    @Test
    public void beatsGreedyByRatio() {
        double[] npv = {60, 50, 50};
        double[] cost = {100, 100, 100};
        double[] npv2 = {66, 50, 50};
        double[] cost2 = {110, 100, 100};
        BudgetSelector.Outcome outcome = BudgetSelector.select(npv2, cost2, 200, List.of(), NONE);
        assertArrayEquals(new boolean[] {false, true, true}, outcome.chosen());
        assertEquals(100, value(outcome.chosen(), npv2), 1e-9);
        // Greedy: A first (0.6 > 0.5), then 90 left: neither B nor C fits.
        assertTrue(npv2[0] / cost2[0] > npv2[1] / cost2[1]);
        assertTrue(cost2[0] + cost2[1] > 200);
        // With equal costs the ratio order is the right one: A and one of the equal B, C (NPV 110).
        BudgetSelector.Outcome equalCosts = BudgetSelector.select(npv, cost, 200, List.of(), NONE);
        assertTrue(equalCosts.chosen()[0]);
        assertEquals(110, value(equalCosts.chosen(), npv), 1e-9);
    }

    @Test
    public void mustIncludeBeyondTheBudgetIsInfeasible() {
        BudgetSelector.Outcome outcome = BudgetSelector.select(new double[] {10, 10}, new double[] {100, 100}, 150,
                List.of(), new int[] {0, 1});
        assertFalse(outcome.feasible());
    }

    @Test
    public void aMeasureWithNegativeNpvIsChosenOnlyWhenForced() {
        double[] npv = {-5, 30};
        double[] cost = {10, 10};
        assertArrayEquals(new boolean[] {false, true}, BudgetSelector.select(npv, cost, 100, List.of(), NONE).chosen());
        assertArrayEquals(new boolean[] {true, true}, BudgetSelector.select(npv, cost, 100, List.of(), new int[] {0}).chosen());
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
