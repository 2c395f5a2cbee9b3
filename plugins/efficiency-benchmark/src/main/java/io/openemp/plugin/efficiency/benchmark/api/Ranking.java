package io.openemp.plugin.efficiency.benchmark.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * Where an enterprise's intensity stands among its peers: the enterprises of the same industry code (and size
 * class, when asked), indicator kind, year and unit. With fewer than 5 peers (itself included) the group is too
 * small: quartile, percentile, thresholds and distances are null.
 *
 * @param enterprise the enterprise
 * @param industry its industry code
 * @param sizeClass the size class the peers share, or null when all sizes are peers
 * @param kind the indicator kind
 * @param year the year
 * @param unit the denominator's unit
 * @param intensity kWh per unit, 6 decimals
 * @param peers the group's size, the enterprise included
 * @param status RANKED or TOO_SMALL
 * @param quartile 1 (best: at or below the 25th percentile) to 4
 * @param percentile mid-rank percentile, 2 decimals: 100 (below + equal / 2) / peers; lower is better
 * @param thresholds the group's distribution
 * @param excessIntensity intensity above the best-quartile threshold (0 when in the best quartile)
 * @param excessKwh that excess times the denominator: the energy to save to reach the best quartile, 3 decimals
 * @param excessMoney excessKwh times the enterprise's average price, 2 decimals; null without a price
 * @param currency the price's currency
 */
public record Ranking(String enterprise, String industry, @Nullable SizeClass sizeClass, IndicatorKind kind, int year,
        String unit, BigDecimal intensity, int peers, RankStatus status, @Nullable Integer quartile,
        @Nullable BigDecimal percentile, @Nullable Thresholds thresholds, @Nullable BigDecimal excessIntensity,
        @Nullable BigDecimal excessKwh, @Nullable BigDecimal excessMoney, @Nullable String currency) {
}
