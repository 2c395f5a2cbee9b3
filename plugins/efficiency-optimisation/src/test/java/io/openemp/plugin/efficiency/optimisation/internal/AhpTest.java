package io.openemp.plugin.efficiency.optimisation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import io.openemp.plugin.efficiency.optimisation.api.AhpResult;

public class AhpTest {

    private static final double T = 1 / 3.0;

    /**
     * Saaty, The Analytic Hierarchy Process (McGraw-Hill, 1980), the relative wealth of nations: US, USSR,
     * China, France, UK, Japan, West Germany. Published eigenvector 0.427, 0.230, 0.021, 0.052, 0.052, 0.123,
     * 0.094 and lambda max 7.61 (CI 0.10, CR 0.08 with RI 1.32).
     */
    @Test
    public void saatyWealthOfNations() {
        double[][] a = {
            {1, 4, 9, 6, 6, 5, 5},
            {1 / 4., 1, 7, 5, 5, 3, 4},
            {1 / 9., 1 / 7., 1, 1 / 5., 1 / 5., 1 / 7., 1 / 5.},
            {1 / 6., 1 / 5., 5, 1, 1, T, T},
            {1 / 6., 1 / 5., 5, 1, 1, T, T},
            {1 / 5., T, 7, 3, 3, 1, 2},
            {1 / 5., 1 / 4., 5, 3, 3, 1 / 2., 1}};
        assertNull(Ahp.problem(a));
        AhpResult r = Ahp.weigh(a);
        double[] published = {0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094};
        for (int i = 0; i < published.length; i++) {
            assertEquals("weight " + i, published[i], r.weights().get(i), 0.0005);
        }
        assertEquals(7.61, r.lambdaMax(), 0.005);
        assertEquals(0.10, r.consistencyIndex(), 0.005);
        assertEquals(0.08, r.consistencyRatio(), 0.005);
    }

    /** A perfectly consistent matrix a_ij = w_i / w_j gives back w exactly, lambda max = n, CR = 0. */
    @Test
    public void aConsistentMatrixGivesItsWeightsBack() {
        double[] w = {0.5, 0.25, 0.125, 0.125};
        double[][] a = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        AhpResult r = Ahp.weigh(a);
        for (int i = 0; i < 4; i++) {
            assertEquals(w[i], r.weights().get(i), 1e-12);
        }
        assertEquals(4, r.lambdaMax(), 1e-9);
        assertEquals(0, r.consistencyRatio(), 1e-9);
    }

    /** A cycle (1 beats 2, 2 beats 3, 3 beats 1, all strongly) is as inconsistent as judgements get. */
    @Test
    public void aCycleIsInconsistent() {
        double[][] a = {{1, 9, 1 / 9.}, {1 / 9., 1, 9}, {9, 1 / 9., 1}};
        AhpResult r = Ahp.weigh(a);
        assertTrue("CR " + r.consistencyRatio(), r.consistencyRatio() > 1);
        assertEquals(1 / 3.0, r.weights().get(0), 1e-9);
    }

    @Test
    public void twoByTwoIsAlwaysConsistent() {
        AhpResult r = Ahp.weigh(new double[][] {{1, 3}, {T, 1}});
        assertEquals(0.75, r.weights().get(0), 1e-12);
        assertEquals(0, r.consistencyRatio(), 0);
    }

    @Test
    public void malformedMatricesAreRefusedWithTheReason() {
        assertTrue(Ahp.problem(new double[][] {{1}}).contains("size 2..15"));
        assertTrue(Ahp.problem(new double[16][16]).contains("size 2..15"));
        assertTrue(Ahp.problem(new double[][] {{1, 2}, {0.5}}).contains("square"));
        assertTrue(Ahp.problem(new double[][] {{1, 2}, {0.4, 1}}).contains("not reciprocal"));
        assertTrue(Ahp.problem(new double[][] {{1, -2}, {-0.5, 1}}).contains("positive"));
        assertTrue(Ahp.problem(new double[][] {{1, Double.NaN}, {1, 1}}).contains("positive"));
        assertTrue(Ahp.problem(new double[][] {{2, 1}, {1, 2}}).contains("diagonal"));
        assertTrue(Ahp.problem(new double[][] {{1, 20}, {0.05, 1}}).contains("1/9..9"));
        // 0.33 typed for 1/3 is accepted.
        assertNull(Ahp.problem(new double[][] {{1, 3}, {0.33, 1}}));
    }
}
