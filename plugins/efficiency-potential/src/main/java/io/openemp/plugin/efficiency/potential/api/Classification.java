package io.openemp.plugin.efficiency.potential.api;

import java.util.List;
import java.util.Map;

/**
 * The tree's answer for one customer.
 *
 * @param potential the class, e.g. {@code HIGH}
 * @param probabilities the share of each class among the training cases of the leaf reached
 * @param path the conditions from the root to that leaf
 * @param explanation the path in words: "load factor <= 0.42 and power factor <= 0.88 -> HIGH"
 */
public record Classification(String potential, Map<String, Double> probabilities, List<Condition> path,
        String explanation) {
}
