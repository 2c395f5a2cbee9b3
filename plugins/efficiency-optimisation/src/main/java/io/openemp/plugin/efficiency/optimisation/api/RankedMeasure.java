package io.openemp.plugin.efficiency.optimisation.api;

import java.util.List;

/**
 * One measure's place in a TOPSIS ranking.
 *
 * @param rank 1 = best
 * @param id the measure
 * @param closeness relative closeness to the ideal, C = d- / (d+ + d-), 0..1
 * @param distanceToIdeal d+, Euclidean distance to the ideal point in the weighted normalised space
 * @param distanceToAntiIdeal d-, distance to the anti-ideal point
 * @param values the criteria values used, in the order of the criteria
 */
public record RankedMeasure(int rank, String id, double closeness, double distanceToIdeal, double distanceToAntiIdeal,
        List<Double> values) {
}
