package io.openemp.plugin.efficiency.grid.api;

/** What a target is set for. */
public enum TargetScope {
    /** An organisation unit of the metering master data (province, city, county, station). */
    UNIT,
    /** A feeder of this plugin's feeder table. */
    FEEDER
}
