package io.openemp.plugin.efficiency.potential.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.AssessedCase;
import io.openemp.plugin.efficiency.potential.api.ModelInfo;

/** A fitted tree with its description: what {@code efficiency-potential.model} answers. */
record Training(PotentialTree tree, ModelInfo info) {

    /**
     * Cross-validates and fits a tree on {@code cases}.
     *
     * @throws RpcException -32602 on {@code param} when there are fewer than the minimum cases or a single class
     */
    static Training of(String param, List<AssessedCase> cases, TreeSettings settings) throws RpcException {
        Map<String, Integer> counts = new TreeMap<>();
        for (AssessedCase c : cases) {
            counts.merge(c.potential(), 1, Integer::sum);
        }
        if (cases.size() < settings.minCases()) {
            throw RpcException.invalidParams(param, "a tree needs at least " + settings.minCases()
                    + " assessed cases; there are " + cases.size());
        }
        if (counts.size() < 2) {
            throw RpcException.invalidParams(param, "every case has the class " + counts.keySet()
                    + "; a tree needs at least two classes");
        }
        CrossValidation.Result cv = CrossValidation.run(cases, settings);
        PotentialTree tree = PotentialTree.fit(cases, settings);
        double baseline = CrossValidation.round((double) Collections.max(counts.values()) / cases.size());
        ModelInfo info = new ModelInfo(Instant.now(), cases.size(), Collections.unmodifiableMap(counts), tree.nodes(),
                tree.leaves(), tree.depth(), settings.folds(), cv.accuracy(), cv.foldAccuracies(), baseline,
                FeatureSet.NAMES, PotentialTree.LIBRARY);
        return new Training(tree, info);
    }
}
