package io.openemp.data.readings.api;

/** How a reading type's values combine over a period. */
public enum Aggregation {
    /** Quantities per interval (energy, volume): the period's value is their sum. */
    SUM,
    /** Rates and levels (power, voltage, temperature): the period's value is their mean, with minimum and maximum. */
    AVERAGE,
    /** Registers and states (meter index, tariff): the period's value is its last reading, with minimum and maximum. */
    LAST
}
