package io.openemp.vee.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.openemp.vee.api.Estimate;

/** Mean absolute error and mean absolute percentage error of estimates against the values that were removed. */
record Accuracy(String method, int n, double mae, double mape, double meanTrue) {

    static Accuracy of(String method, List<Estimate> estimates, Map<Instant, BigDecimal> truth) {
        double abs = 0;
        double pct = 0;
        double sum = 0;
        int n = 0;
        for (Estimate e : estimates) {
            if (!e.method().equals(method)) {
                continue;
            }
            double t = truth.get(e.at()).doubleValue();
            double err = Math.abs(e.value().doubleValue() - t);
            abs += err;
            pct += err / Math.abs(t);
            sum += t;
            n++;
        }
        return new Accuracy(method, n, abs / n, 100 * pct / n, sum / n);
    }

    @Override
    public String toString() {
        return String.format("%-18s n=%4d  MAE=%.4f  MAPE=%.1f%%  (mean true value %.4f)", method, n, mae, mape, meanTrue);
    }
}
