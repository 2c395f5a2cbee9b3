package io.openemp.plugin.modbus.api;

/** How far a point's value can be trusted. */
public enum Quality {
    /** Read and decoded: the value is there. */
    GOOD,
    /** The device answered, but the registers do not hold a number (a float NaN or infinity): no value. */
    INVALID,
    /** Nothing usable came back (exception response, timeout, connection or frame error): no value. */
    BAD
}
