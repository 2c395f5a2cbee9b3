package io.openemp.plugin.efficiency.potential.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import io.openemp.plugin.efficiency.potential.api.AssessedCase;
import io.openemp.plugin.efficiency.potential.api.Classification;
import io.openemp.plugin.efficiency.potential.api.Condition;
import io.openemp.plugin.efficiency.potential.api.Features;

/**
 * A CART classification tree fitted by Tribuo on assessed cases, and the explanation of an answer as the path of
 * the fitted tree's split nodes from the root to the leaf the customer reaches.
 */
final class PotentialTree {

    static final String LIBRARY = "Tribuo " + org.tribuo.Tribuo.VERSION + " CARTClassificationTrainer (Gini)";

    private static final String[] NAMES = FeatureSet.NAMES.toArray(String[]::new);
    private static final LabelFactory LABELS = new LabelFactory();

    private final TreeModel<Label> model;

    private PotentialTree(TreeModel<Label> model) {
        this.model = model;
    }

    /** Fits a tree on the cases; the caller has checked there are enough of them and at least two classes. */
    static PotentialTree fit(List<AssessedCase> cases, TreeSettings settings) {
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("efficiency-potential assessed cases", LABELS), LABELS);
        for (AssessedCase c : cases) {
            data.add(new ArrayExample<>(new Label(c.potential()), NAMES, FeatureSet.vector(c.features())));
        }
        CARTClassificationTrainer trainer = new CARTClassificationTrainer(settings.maxDepth(),
                settings.minChildWeight(), 0.0f, 1.0f, false, new GiniIndex(), settings.seed());
        return new PotentialTree((TreeModel<Label>) trainer.train(data));
    }

    /** The class Tribuo predicts. */
    String predict(Features f) {
        Example<Label> e = new ArrayExample<>(LABELS.getUnknownOutput(), NAMES, FeatureSet.vector(f));
        Prediction<Label> p = model.predict(e);
        return p.getOutput().getLabel();
    }

    /** The class, the leaf's class shares and the path of conditions that leads there. */
    Classification classify(Features f) {
        double[] x = FeatureSet.vector(f);
        List<Condition> path = new ArrayList<>();
        Node<Label> node = model.getRoot();
        while (!node.isLeaf()) {
            SplitNode<Label> split = (SplitNode<Label>) node;
            String name = model.getFeatureIDMap().get(split.getFeatureID()).getName();
            double value = x[FeatureSet.NAMES.indexOf(name)];
            double threshold = split.splitValue();
            // Tribuo's SplitNode sends a value above the split to greaterThan, anything else to lessThanOrEqual.
            boolean above = value > threshold;
            String op = above ? ">" : "<=";
            path.add(new Condition(name, op, threshold, value,
                    FeatureSet.words(name) + " " + op + " " + words(threshold)));
            node = above ? split.getGreaterThan() : split.getLessThanOrEqual();
        }
        LeafNode<Label> leaf = (LeafNode<Label>) node;
        String potential = leaf.getOutput().getLabel();
        Map<String, Double> shares = shares(leaf);
        StringBuilder words = new StringBuilder();
        for (Condition c : path) {
            words.append(words.length() == 0 ? "" : " and ").append(c.text());
        }
        String explanation = (path.isEmpty() ? "every case" : words.toString()) + " -> " + potential;
        return new Classification(potential, shares, List.copyOf(path), explanation);
    }

    /** A threshold as the explanation shows it: at most four decimals, no trailing zeros. */
    static String words(double threshold) {
        return java.math.BigDecimal.valueOf(threshold).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    int nodes() {
        return model.countNodes(model.getRoot());
    }

    int leaves() {
        return leaves(model.getRoot());
    }

    int depth() {
        return model.getDepth();
    }

    private static int leaves(Node<Label> n) {
        if (n.isLeaf()) {
            return 1;
        }
        SplitNode<Label> s = (SplitNode<Label>) n;
        return leaves(s.getGreaterThan()) + leaves(s.getLessThanOrEqual());
    }

    /** The leaf's class distribution scaled to shares that add up to 1, classes in name order. */
    private static Map<String, Double> shares(LeafNode<Label> leaf) {
        Map<String, Double> raw = new TreeMap<>();
        double total = 0;
        for (Map.Entry<String, Label> e : leaf.getDistribution().entrySet()) {
            double score = Math.max(0, e.getValue().getScore());
            raw.put(e.getKey(), score);
            total += score;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : raw.entrySet()) {
            out.put(e.getKey(), total > 0 ? Math.round(e.getValue() / total * 10000) / 10000.0 : 0.0);
        }
        return out;
    }

}
