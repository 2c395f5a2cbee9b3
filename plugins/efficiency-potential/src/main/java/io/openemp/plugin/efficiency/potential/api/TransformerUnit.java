package io.openemp.plugin.efficiency.potential.api;

/**
 * A transformer type from its nameplate and test report.
 *
 * @param ratedKva rated power S<sub>N</sub>, kVA
 * @param noLoadLossKw no-load (iron) loss P<sub>0</sub>, kW
 * @param loadLossKw load (copper) loss at rated load P<sub>k</sub>, kW
 */
public record TransformerUnit(double ratedKva, double noLoadLossKw, double loadLossKw) {
}
