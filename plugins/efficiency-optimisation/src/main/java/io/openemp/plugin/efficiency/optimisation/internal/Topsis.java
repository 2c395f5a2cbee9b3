package io.openemp.plugin.efficiency.optimisation.internal;

/**
 * TOPSIS (Hwang and Yoon 1981): vector normalisation of each criterion column, weighting, Euclidean distances to
 * the ideal and anti-ideal points, relative closeness d- / (d+ + d-).
 */
final class Topsis {

    /** Per alternative: closeness, d+ and d-. */
    record Scores(double[] closeness, double[] toIdeal, double[] toAntiIdeal) {
    }

    private Topsis() {
    }

    static Scores score(double[][] x, double[] weights, boolean[] benefit) {
        int m = x.length;
        int n = weights.length;
        double[][] v = new double[m][n];
        double[] ideal = new double[n];
        double[] anti = new double[n];
        for (int j = 0; j < n; j++) {
            double norm = 0;
            for (double[] row : x) {
                norm += row[j] * row[j];
            }
            norm = Math.sqrt(norm);
            double best = Double.NEGATIVE_INFINITY;
            double worst = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                // A column of zeros does not separate anything: it contributes 0 to every distance.
                v[i][j] = norm == 0 ? 0 : weights[j] * x[i][j] / norm;
                double oriented = benefit[j] ? v[i][j] : -v[i][j];
                best = Math.max(best, oriented);
                worst = Math.min(worst, oriented);
            }
            ideal[j] = benefit[j] ? best : -best;
            anti[j] = benefit[j] ? worst : -worst;
        }
        double[] closeness = new double[m];
        double[] plus = new double[m];
        double[] minus = new double[m];
        for (int i = 0; i < m; i++) {
            double p = 0;
            double q = 0;
            for (int j = 0; j < n; j++) {
                p += (v[i][j] - ideal[j]) * (v[i][j] - ideal[j]);
                q += (v[i][j] - anti[j]) * (v[i][j] - anti[j]);
            }
            plus[i] = Math.sqrt(p);
            minus[i] = Math.sqrt(q);
            // All alternatives equal on every criterion: none is closer to the ideal than another.
            closeness[i] = plus[i] + minus[i] == 0 ? 0.5 : minus[i] / (plus[i] + minus[i]);
        }
        return new Scores(closeness, plus, minus);
    }
}
