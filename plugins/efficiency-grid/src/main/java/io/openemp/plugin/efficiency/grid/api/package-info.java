/**
 * Grid-level evaluation of energy efficiency ({@code efficiency-grid.*}): verified savings records, feeders,
 * targets, and the roll-ups of savings up the organisation tree and per feeder.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.efficiency.grid.api;
