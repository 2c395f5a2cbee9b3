package io.openemp.plugin.gdw376.api;

/** Whether a field's bytes gave a value. */
public enum ValueStatus {
    /** The bytes decode to the value. */
    OK,
    /** Every byte is 0xEE: the sender has no such data (the standard's way of saying so). */
    ABSENT,
    /** The bytes are not a value of the format (a non-BCD digit, month 13, a negative zero...); kept as raw. */
    INVALID
}
