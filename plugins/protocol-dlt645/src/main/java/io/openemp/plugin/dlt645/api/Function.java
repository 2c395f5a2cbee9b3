package io.openemp.plugin.dlt645.api;

/** Bits D4..D0 of the control code: the functions DL/T 645-2007 defines. */
public enum Function {

    /** 03H: security authentication (added to 2007 meters for remote-control functions). */
    SECURITY_AUTHENTICATION(0x03, "security authentication"),
    /** 08H: broadcast time synchronisation; meters do not reply. */
    BROADCAST_TIME(0x08, "broadcast time sync"),
    /** 11H: read data. */
    READ(0x11, "read data"),
    /** 12H: read follow-up data (the next frame of a long reply). */
    READ_FOLLOW_UP(0x12, "read follow-up data"),
    /** 13H: read the communication address (point to point, wildcard address). */
    READ_ADDRESS(0x13, "read communication address"),
    /** 14H: write data. */
    WRITE(0x14, "write data"),
    /** 15H: write the communication address. */
    WRITE_ADDRESS(0x15, "write communication address"),
    /** 16H: freeze. */
    FREEZE(0x16, "freeze"),
    /** 17H: change the communication rate. */
    CHANGE_BAUD_RATE(0x17, "change communication rate"),
    /** 18H: change a password. */
    CHANGE_PASSWORD(0x18, "change password"),
    /** 19H: reset maximum demand. */
    CLEAR_MAXIMUM_DEMAND(0x19, "clear maximum demand"),
    /** 1AH: clear the meter (energy and records). */
    CLEAR_METER(0x1A, "clear meter"),
    /** 1BH: clear events. */
    CLEAR_EVENTS(0x1B, "clear events"),
    /** 1CH: control: trip, close, alarm, keep power on. */
    CONTROL(0x1C, "control (trip, close, alarm, keep power)");

    private static final Function[] BY_CODE = new Function[32];

    static {
        for (Function function : values()) {
            BY_CODE[function.code] = function;
        }
    }

    private final int code;
    private final String description;

    Function(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The 5-bit function code. */
    public int code() {
        return code;
    }

    /** A few words saying what the function does. */
    public String description() {
        return description;
    }

    /** The function with the 5-bit {@code code}, or {@code null} when DL/T 645-2007 defines none. */
    public static Function of(int code) {
        return code >= 0 && code < 32 ? BY_CODE[code] : null;
    }
}
