package io.openemp.plugin.efficiency.monitoring.api;

import java.time.Instant;
import java.util.List;

/**
 * The load curve of a node: its interval energies, oldest first; intervals without any reading are left out.
 *
 * @param node the node
 * @param zone the enterprise's zone
 * @param intervalSeconds the readings' interval
 * @param meters how many meters the node has
 * @param from start of the range
 * @param to end of the range (exclusive)
 * @param points the intervals
 */
public record LoadCurve(String node, String zone, int intervalSeconds, int meters, Instant from, Instant to,
        List<CurvePoint> points) {
}
