package io.openemp.plugin.efficiency.potential.api;

/**
 * What an import stored.
 *
 * @param imported how many cases the call stored (new or replaced)
 * @param total how many cases are stored now
 * @param modelStale true: the current model was not trained on them; call {@code efficiency-potential.train}
 */
public record ImportResult(int imported, int total, boolean modelStale) {
}
