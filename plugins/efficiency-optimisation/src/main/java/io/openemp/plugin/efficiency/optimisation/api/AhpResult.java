package io.openemp.plugin.efficiency.optimisation.api;

import java.util.List;

/**
 * Weights from a pairwise comparison matrix by Saaty's principal eigenvector method.
 *
 * @param weights the principal right eigenvector normalised to sum 1, in the order of the matrix rows
 * @param lambdaMax the principal eigenvalue
 * @param consistencyIndex CI = (lambdaMax - n) / (n - 1)
 * @param randomIndex Saaty's random index RI for n
 * @param consistencyRatio CR = CI / RI (0 for n = 2, where every reciprocal matrix is consistent)
 */
public record AhpResult(List<Double> weights, double lambdaMax, double consistencyIndex, double randomIndex,
        double consistencyRatio) {
}
