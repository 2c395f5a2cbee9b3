package io.openemp.plugin.efficiency.potential.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.openemp.plugin.efficiency.potential.api.AssessedCase;

/**
 * Stratified k-fold cross-validation: the cases of each class are shuffled (seeded) and dealt round the folds in
 * turn, one class after another, so each fold holds about 1/k of every class. Each fold is classified by a tree
 * fitted on the other k − 1.
 */
final class CrossValidation {

    /** Accuracy over all cases and per fold. */
    record Result(double accuracy, List<Double> foldAccuracies) {
    }

    private CrossValidation() {
    }

    static int[] folds(List<AssessedCase> cases, int k, long seed) {
        Map<String, List<Integer>> byClass = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            byClass.computeIfAbsent(cases.get(i).potential(), c -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[cases.size()];
        int next = 0;
        for (List<Integer> members : byClass.values()) {
            Collections.shuffle(members, random);
            for (int i : members) {
                fold[i] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    static Result run(List<AssessedCase> cases, TreeSettings settings) {
        int k = settings.folds();
        int[] fold = folds(cases, k, settings.seed());
        int correct = 0;
        List<Double> perFold = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            List<AssessedCase> train = new ArrayList<>();
            List<AssessedCase> test = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                (fold[i] == f ? test : train).add(cases.get(i));
            }
            if (test.isEmpty()) {
                continue;
            }
            PotentialTree tree = PotentialTree.fit(train, settings);
            int right = 0;
            for (AssessedCase c : test) {
                if (tree.predict(c.features()).equals(c.potential())) {
                    right++;
                }
            }
            correct += right;
            perFold.add(round((double) right / test.size()));
        }
        return new Result(round((double) correct / cases.size()), List.copyOf(perFold));
    }

    static double round(double share) {
        return Math.round(share * 10000) / 10000.0;
    }
}
