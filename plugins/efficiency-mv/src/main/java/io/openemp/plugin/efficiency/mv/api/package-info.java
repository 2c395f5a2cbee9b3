/**
 * The Java types of the {@code efficiency-mv} JSON-RPC methods: series, periods, non-routine adjustments, the
 * baseline model's fit and ASHRAE Guideline 14 checks, and the measured savings with their uncertainty.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.efficiency.mv.api;
