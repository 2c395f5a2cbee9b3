package io.openemp.data.readings.api;

/**
 * What the store needs to know of a reading type (master data of the metering module).
 *
 * @param code the reading type's code, unique ("energy.import.15min", "voltage.l1.15min"...)
 * @param unit its unit ("kWh", "kW", "V")
 * @param aggregation how its values combine over a period
 * @param intervalSeconds the length of the interval its values cover, 0 for registers and instantaneous values
 * @param description a short description
 */
public record ReadingTypeInfo(String code, String unit, Aggregation aggregation, int intervalSeconds,
        String description) {
}
