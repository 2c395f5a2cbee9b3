package io.openemp.plugin.efficiency.mv.internal;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Ordinary least squares with an intercept (Commons Math, QR decomposition). Columns that are zero throughout
 * the baseline (a time-of-week level that never occurs) are left out of the fit and predict nothing.
 */
final class BaselineModel {

    private final boolean[] used;
    private final double intercept;
    private final double[] beta;
    private final double[] standardErrors;
    private final double rSquared;
    private final int parameters;

    private final double interceptError;

    private BaselineModel(boolean[] used, double intercept, double interceptError, double[] beta, double[] standardErrors, double rSquared,
            int parameters) {
        this.used = used;
        this.intercept = intercept;
        this.interceptError = interceptError;
        this.beta = beta;
        this.standardErrors = standardErrors;
        this.rSquared = rSquared;
        this.parameters = parameters;
    }

    /** @throws SingularMatrixException when the columns are collinear (a constant driver, say) */
    static BaselineModel fit(double[] y, double[][] x) {
        int k = x.length == 0 ? 0 : x[0].length;
        boolean[] used = new boolean[k];
        int count = 0;
        for (int j = 0; j < k; j++) {
            for (double[] row : x) {
                if (row[j] != 0) {
                    used[j] = true;
                    count++;
                    break;
                }
            }
        }
        double[][] reduced = new double[x.length][count];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0, c = 0; j < k; j++) {
                if (used[j]) {
                    reduced[i][c++] = x[i][j];
                }
            }
        }
        if (y.length <= count + 1) {
            throw new IllegalArgumentException(y.length + " baseline intervals cannot fit " + (count + 1) + " parameters");
        }
        double[] beta = new double[k];
        double[] errors = new double[k];
        double intercept;
        double rSquared;
        double interceptError = Double.NaN;
        if (count == 0) {
            // Intercept only: the mean. Commons Math needs at least one column.
            double sum = 0;
            for (double v : y) {
                sum += v;
            }
            intercept = sum / y.length;
            double ss = 0;
            for (double v : y) {
                ss += (v - intercept) * (v - intercept);
            }
            interceptError = Math.sqrt(ss / (y.length - 1) / y.length);
            rSquared = 0;
        } else {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(1e-10);
            ols.newSampleData(y, reduced);
            double[] b = ols.estimateRegressionParameters();
            double[] se = ols.estimateRegressionParametersStandardErrors();
            intercept = b[0];
            for (int j = 0, c = 1; j < k; j++) {
                if (used[j]) {
                    errors[j] = se[c];
                    beta[j] = b[c++];
                }
            }
            rSquared = ols.calculateRSquared();
            interceptError = se[0];
        }
        return new BaselineModel(used, intercept, interceptError, beta, errors, rSquared, count + 1);
    }

    double predict(double[] x) {
        double sum = intercept;
        for (int j = 0; j < beta.length; j++) {
            sum += beta[j] * x[j];
        }
        return sum;
    }

    double intercept() {
        return intercept;
    }

    double interceptError() {
        return interceptError;
    }

    double coefficient(int column) {
        return beta[column];
    }

    double standardError(int column) {
        return standardErrors[column];
    }

    boolean used(int column) {
        return used[column];
    }

    double rSquared() {
        return rSquared;
    }

    /** p: the fitted coefficients, intercept included. */
    int parameters() {
        return parameters;
    }
}
