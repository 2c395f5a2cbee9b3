package io.openemp.plugin.efficiency.grid.api;

/**
 * What an import stored: every row of the file, or nothing (then the call failed).
 *
 * @param stored records stored
 */
public record ImportResult(int stored) {
}
