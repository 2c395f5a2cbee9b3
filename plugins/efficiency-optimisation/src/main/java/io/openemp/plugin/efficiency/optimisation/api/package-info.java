/**
 * The Java types of the {@code efficiency-optimisation} JSON-RPC methods ({@code efficiency.program.*}): candidate
 * measures, finance figures, AHP weights, TOPSIS ranking and the budget selection.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.efficiency.optimisation.api;
