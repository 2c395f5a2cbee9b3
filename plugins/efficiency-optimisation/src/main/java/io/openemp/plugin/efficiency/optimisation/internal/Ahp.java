package io.openemp.plugin.efficiency.optimisation.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

import io.openemp.plugin.efficiency.optimisation.api.AhpResult;

/** Saaty's analytic hierarchy process: weights, lambda max, CI and CR of a validated comparison matrix. */
final class Ahp {

    static final int MIN_SIZE = 2;
    static final int MAX_SIZE = 15;

    /** Matrices at or above this consistency ratio are refused (Saaty's 10 % rule). */
    static final double MAX_CR = 0.1;

    /** How far a_ij * a_ji may be from 1: judgements typed as 0.33 for 1/3 must pass. */
    static final double RECIPROCAL_TOLERANCE = 0.02;

    /**
     * Saaty's random consistency index for n = 1..15: the mean CI of random reciprocal matrices on the 1/9..9
     * scale (T. L. Saaty, Fundamentals of Decision Making and Priority Theory, RWS 2000, for n = 1..15).
     */
    static final double[] RANDOM_INDEX = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};

    private Ahp() {
    }

    /** Why a matrix cannot be used, or null when it can. */
    static String problem(double[][] a) {
        if (a == null) {
            return "required";
        }
        int n = a.length;
        if (n < MIN_SIZE || n > MAX_SIZE) {
            return "must be a square matrix of size " + MIN_SIZE + ".." + MAX_SIZE + ", not " + n + " rows";
        }
        for (int i = 0; i < n; i++) {
            if (a[i] == null || a[i].length != n) {
                return "must be square: row " + i + " has " + (a[i] == null ? 0 : a[i].length) + " entries, not " + n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                if (!Double.isFinite(v) || v <= 0) {
                    return "entry [" + i + "][" + j + "] is " + v + "; judgements must be positive numbers";
                }
                if (v > 9 * (1 + RECIPROCAL_TOLERANCE) || v < 1 / (9 * (1 + RECIPROCAL_TOLERANCE))) {
                    return "entry [" + i + "][" + j + "] is " + v + ", outside Saaty's scale 1/9..9";
                }
            }
            if (Math.abs(a[i][i] - 1) > 1e-9) {
                return "diagonal entry [" + i + "][" + i + "] is " + a[i][i] + ", not 1";
            }
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i][j] * a[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    return "not reciprocal: [" + i + "][" + j + "] = " + a[i][j] + " but [" + j + "][" + i + "] = "
                            + a[j][i] + " (their product must be 1)";
                }
            }
        }
        return null;
    }

    /** The weights of a matrix that {@link #problem} accepted. */
    static AhpResult weigh(double[][] a) {
        int n = a.length;
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(a, true));
        double[] real = eigen.getRealEigenvalues();
        double[] imaginary = eigen.getImagEigenvalues();
        int principal = -1;
        for (int i = 0; i < n; i++) {
            // Perron: a positive matrix has one real eigenvalue of largest modulus; complex ones are never it.
            if (Math.abs(imaginary[i]) < 1e-9 && (principal < 0 || real[i] > real[principal])) {
                principal = i;
            }
        }
        RealVector vector = eigen.getEigenvector(principal);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += vector.getEntry(i);
        }
        List<Double> weights = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            weights.add(vector.getEntry(i) / sum);
        }
        double lambdaMax = real[principal];
        double ci = Math.max(0, (lambdaMax - n) / (n - 1));
        double ri = RANDOM_INDEX[n - 1];
        double cr = ri == 0 ? 0 : ci / ri;
        return new AhpResult(weights, lambdaMax, ci, ri, cr);
    }
}
