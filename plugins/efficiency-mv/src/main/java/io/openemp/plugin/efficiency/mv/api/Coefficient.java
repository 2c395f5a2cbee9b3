package io.openemp.plugin.efficiency.mv.api;

/** A fitted coefficient of the baseline model with its standard error. */
public record Coefficient(String term, double value, double standardError) {
}
