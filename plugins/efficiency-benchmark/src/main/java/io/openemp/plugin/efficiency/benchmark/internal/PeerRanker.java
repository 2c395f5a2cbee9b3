package io.openemp.plugin.efficiency.benchmark.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

import io.openemp.plugin.efficiency.benchmark.api.IndicatorKind;
import io.openemp.plugin.efficiency.benchmark.api.PeerGroup;
import io.openemp.plugin.efficiency.benchmark.api.RankStatus;
import io.openemp.plugin.efficiency.benchmark.api.Ranking;
import io.openemp.plugin.efficiency.benchmark.api.SizeClass;
import io.openemp.plugin.efficiency.benchmark.api.Thresholds;

/**
 * Ranks a peer group by intensity, lower being better. Quartile thresholds are Commons Math percentiles with
 * estimation type R_7; an enterprise's percentile is its mid-rank, {@code 100 (below + equal / 2) / n}, with
 * {@code equal} counting itself, so ties share one value and the group's percentiles average 50.
 */
final class PeerRanker {

    static final EstimationType ESTIMATION = EstimationType.R_7;

    private PeerRanker() {
    }

    static BigDecimal intensity(BenchmarkStore.Peer p) {
        return p.entry().energyKwh().divide(p.entry().denominator(), MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_UP);
    }

    static PeerGroup rank(List<BenchmarkStore.Peer> peers, String industry, SizeClass size, IndicatorKind kind, int year,
            String unit, int minPeers) {
        List<BenchmarkStore.Peer> sorted = new ArrayList<>(peers);
        sorted.sort(Comparator.comparing(PeerRanker::intensity).thenComparing(p -> p.enterprise().id()));
        int n = sorted.size();
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = intensity(sorted.get(i)).doubleValue();
        }
        List<Ranking> members = new ArrayList<>(n);
        if (n < minPeers) {
            for (BenchmarkStore.Peer p : sorted) {
                members.add(new Ranking(p.enterprise().id(), industry, size, kind, year, unit, intensity(p), n,
                        RankStatus.TOO_SMALL, null, null, null, null, null, null, p.enterprise().currency()));
            }
            return new PeerGroup(industry, size, kind, year, unit, n, RankStatus.TOO_SMALL, null, members);
        }
        Percentile percentile = new Percentile().withEstimationType(ESTIMATION);
        percentile.setData(values);
        double q1 = percentile.evaluate(25);
        double q2 = percentile.evaluate(50);
        double q3 = percentile.evaluate(75);
        Thresholds t = new Thresholds(scale(values[0]), scale(q1), scale(q2), scale(q3), scale(values[n - 1]),
                ESTIMATION.name() + " (Apache Commons Math Percentile)");
        for (BenchmarkStore.Peer p : sorted) {
            BigDecimal intensity = intensity(p);
            double v = intensity.doubleValue();
            int below = 0;
            int equal = 0;
            for (double other : values) {
                if (other < v) {
                    below++;
                } else if (other == v) {
                    equal++;
                }
            }
            BigDecimal pct = BigDecimal.valueOf(100L * (2L * below + equal)).divide(BigDecimal.valueOf(2L * n), 2,
                    RoundingMode.HALF_UP);
            int quartile = v <= q1 ? 1 : v <= q2 ? 2 : v <= q3 ? 3 : 4;
            BigDecimal excess = intensity.subtract(t.bestQuartile()).max(BigDecimal.ZERO).setScale(6, RoundingMode.HALF_UP);
            BigDecimal kwh = excess.multiply(p.entry().denominator()).setScale(3, RoundingMode.HALF_UP);
            BigDecimal price = p.enterprise().pricePerKwh();
            BigDecimal money = price == null ? null : kwh.multiply(price).setScale(2, RoundingMode.HALF_UP);
            members.add(new Ranking(p.enterprise().id(), industry, size, kind, year, unit, intensity, n, RankStatus.RANKED,
                    quartile, pct, t, excess, kwh, money, p.enterprise().currency()));
        }
        return new PeerGroup(industry, size, kind, year, unit, n, RankStatus.RANKED, t, members);
    }

    private static BigDecimal scale(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }
}
