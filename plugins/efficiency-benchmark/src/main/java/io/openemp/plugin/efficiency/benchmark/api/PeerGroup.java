package io.openemp.plugin.efficiency.benchmark.api;

import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * A peer group and the ranking of each member, best first.
 *
 * @param industry the industry code
 * @param sizeClass the size class, or null for all sizes
 * @param kind the indicator kind
 * @param year the year
 * @param unit the denominator's unit
 * @param peers the group's size
 * @param status RANKED or TOO_SMALL
 * @param thresholds the distribution; null when too small
 * @param members each member's ranking (intensity only when too small)
 */
public record PeerGroup(String industry, @Nullable SizeClass sizeClass, IndicatorKind kind, int year, String unit, int peers,
        RankStatus status, @Nullable Thresholds thresholds, List<Ranking> members) {
}
