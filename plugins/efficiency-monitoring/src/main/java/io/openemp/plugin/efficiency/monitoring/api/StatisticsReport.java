package io.openemp.plugin.efficiency.monitoring.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * The statistics of a node and of each of its children over one local period.
 *
 * @param node the node asked for
 * @param zone the enterprise's time zone
 * @param period day, month or year
 * @param start the period's first local day
 * @param end the local day after the period
 * @param from the period's start instant
 * @param to the period's end instant (exclusive)
 * @param calendar the time-of-use calendar of the band split, or null
 * @param rows the node first, then its children in name order
 */
public record StatisticsReport(String node, String zone, Period period, LocalDate start, LocalDate end, Instant from,
        Instant to, @Nullable String calendar, List<NodeStatistics> rows) {
}
