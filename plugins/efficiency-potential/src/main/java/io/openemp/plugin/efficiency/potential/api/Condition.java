package io.openemp.plugin.efficiency.potential.api;

/**
 * One split of the fitted tree on the way to the answer.
 *
 * @param feature the feature tested ({@code loadFactor}...)
 * @param operator {@code <=} or {@code >}
 * @param threshold the split value of the tree's node
 * @param value the customer's value of the feature
 * @param text the condition in words, e.g. "load factor <= 0.4215"
 */
public record Condition(String feature, String operator, double threshold, double value, String text) {
}
