package io.openemp.plugin.efficiency.optimisation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class TopsisTest {

    /**
     * Hwang and Yoon, Multiple Attribute Decision Making: Methods and Applications (Springer, Lecture Notes in
     * Economics and Mathematical Systems 186, 1981), the fighter aircraft example: four aircraft on maximum speed,
     * ferry range, maximum payload, acquisition cost (a cost), reliability and manoeuvrability (interval scale
     * scores 5, 3, 7, 5 and 9, 5, 7, 5), weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3. Published relative closeness
     * A1 0.643, A2 0.268, A3 0.614, A4 0.312: A1 > A3 > A4 > A2.
     */
    @Test
    public void hwangYoonFighterAircraft() {
        double[][] x = {
            {2.0, 1500, 20000, 5.5, 5, 9},
            {2.5, 2700, 18000, 6.5, 3, 5},
            {1.8, 2000, 21000, 4.5, 7, 7},
            {2.2, 1800, 20000, 5.0, 5, 5}};
        Topsis.Scores s = Topsis.score(x, new double[] {0.2, 0.1, 0.1, 0.1, 0.2, 0.3},
                new boolean[] {true, true, true, false, true, true});
        assertEquals(0.643, s.closeness()[0], 0.0015);
        assertEquals(0.268, s.closeness()[1], 0.0015);
        assertEquals(0.614, s.closeness()[2], 0.0015);
        assertEquals(0.312, s.closeness()[3], 0.0015);
        assertTrue(s.closeness()[0] > s.closeness()[2] && s.closeness()[2] > s.closeness()[3] && s.closeness()[3] > s.closeness()[1]);
    }

    @Test
    public void aDominatingAlternativeHasClosenessOne() {
        Topsis.Scores s = Topsis.score(new double[][] {{10, 1}, {5, 2}, {1, 3}}, new double[] {0.5, 0.5},
                new boolean[] {true, false});
        assertEquals(1.0, s.closeness()[0], 1e-12);
        assertEquals(0.0, s.closeness()[2], 1e-12);
    }

    @Test
    public void turningACriterionFromBenefitToCostReversesASingleCriterionRanking() {
        double[][] x = {{1}, {2}, {3}};
        Topsis.Scores benefit = Topsis.score(x, new double[] {1}, new boolean[] {true});
        Topsis.Scores cost = Topsis.score(x, new double[] {1}, new boolean[] {false});
        assertTrue(benefit.closeness()[2] > benefit.closeness()[0]);
        assertTrue(cost.closeness()[0] > cost.closeness()[2]);
    }
}
