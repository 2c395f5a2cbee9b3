package io.openemp.plugin.efficiency.monitoring.api;

/** The outcome of a production import: how many rows were stored (all, or none when a row is refused). */
public record ImportResult(int stored) {
}
