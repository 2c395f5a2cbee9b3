/**
 * Industry benchmarking ({@code efficiency-benchmark.*}): enterprises with a GB/T 4754 industry code and a size
 * class, their energy-intensity indicators, and the rankings among their peers.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.efficiency.benchmark.api;
