package io.openemp.data.metering.api;

import io.openemp.plugin.api.Nullable;

/**
 * An entry of the reading-type registry (CIM {@code ReadingType}): what a series of readings means.
 *
 * @param code short unique code used on the wire (e.g. {@code energy.active.forward})
 * @param key stable numeric key, for compact storage of readings
 * @param name CIM-like descriptive name
 * @param measurementKind what is measured
 * @param flowDirection energy flow direction
 * @param phase {@code A}, {@code B}, {@code C}, or {@code null} for all phases together
 * @param unit {@code kWh}, {@code kvarh}, {@code kW}, {@code kvar}, {@code V}, {@code A} or {@code cosφ}
 * @param intervalMinutes the measuring interval in minutes (15, 60, 1440...)
 * @param accumulation how values relate over time
 */
public record ReadingType(String code, int key, String name, MeasurementKind measurementKind,
        FlowDirection flowDirection, @Nullable String phase, String unit, int intervalMinutes,
        Accumulation accumulation) {
}
