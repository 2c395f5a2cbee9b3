package io.openemp.plugin.efficiency.potential.internal;

/**
 * How trees are fitted and checked.
 *
 * @param maxDepth deepest tree (Tribuo counts the root as depth 1)
 * @param minChildWeight fewest cases in a child of a split
 * @param folds k of the stratified k-fold cross-validation
 * @param seed seed of the fold assignment and of the trainer
 * @param minCases fewest cases a training accepts
 */
record TreeSettings(int maxDepth, float minChildWeight, int folds, long seed, int minCases) {

    static final TreeSettings DEFAULTS = new TreeSettings(5, 5f, 5, 42L, 20);

    TreeSettings {
        if (maxDepth < 1 || maxDepth > 12) {
            throw new IllegalArgumentException("maxDepth must lie within 1..12, not " + maxDepth);
        }
        if (!(minChildWeight >= 1) || minChildWeight > 1000) {
            throw new IllegalArgumentException("minChildWeight must lie within 1..1000, not " + minChildWeight);
        }
        if (folds < 2 || folds > 20) {
            throw new IllegalArgumentException("folds must lie within 2..20, not " + folds);
        }
        if (minCases < folds || minCases > 100_000) {
            throw new IllegalArgumentException("minCases must lie within folds.." + 100_000 + ", not " + minCases);
        }
    }
}
