package io.openemp.plugin.efficiency.potential.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The current decision tree and how well it did in cross-validation.
 *
 * @param trainedAt when it was fitted
 * @param cases how many cases it was fitted on
 * @param classCounts the cases per class
 * @param nodes the tree's node count (splits and leaves)
 * @param leaves its leaf count
 * @param depth its depth as Tribuo counts it (the root is level 1)
 * @param folds the k of the stratified k-fold cross-validation
 * @param cvAccuracy share of the cases classified right by the trees fitted without their fold
 * @param foldAccuracies the accuracy of each fold
 * @param baselineAccuracy share of the most frequent class: what always answering it would score
 * @param features the features, in the order the tree was given them
 * @param library the library that fitted it
 */
public record ModelInfo(Instant trainedAt, int cases, Map<String, Integer> classCounts, int nodes, int leaves,
        int depth, int folds, double cvAccuracy, List<Double> foldAccuracies, double baselineAccuracy,
        List<String> features, String library) {
}
