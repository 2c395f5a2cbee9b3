package io.openemp.plugin.efficiency.optimisation.api;

import java.util.List;

/**
 * AHP weights of the criteria and the TOPSIS ranking of the measures with them.
 *
 * @param criteria the criteria names, in the order of the weights and of each measure's values
 * @param ahp the weights and their consistency
 * @param ranking best first
 */
public record RankResult(List<String> criteria, AhpResult ahp, List<RankedMeasure> ranking) {
}
