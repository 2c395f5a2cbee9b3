package io.openemp.data.metering.api;

/** What a reading type measures (after CIM {@code MeasurementKind}). */
public enum MeasurementKind {
    ENERGY,
    DEMAND,
    POWER,
    VOLTAGE,
    CURRENT,
    POWER_FACTOR
}
