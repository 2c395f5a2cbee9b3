package io.openemp.plugin.efficiency.benchmark.api;

import java.math.BigDecimal;

/**
 * The distribution of a peer group's intensities (lower is better), 4 decimals. Percentiles by Apache Commons
 * Math {@code Percentile} with {@code estimation} (R_7: linear interpolation between order statistics at
 * {@code (n - 1) p + 1}, as Excel PERCENTILE.INC and NumPy's default).
 *
 * @param best the lowest intensity
 * @param bestQuartile the 25th percentile: at or below it an enterprise is in the best quartile
 * @param median the 50th percentile
 * @param upperQuartile the 75th percentile
 * @param worst the highest intensity
 * @param estimation the estimation type of the percentiles
 */
public record Thresholds(BigDecimal best, BigDecimal bestQuartile, BigDecimal median, BigDecimal upperQuartile,
        BigDecimal worst, String estimation) {
}
