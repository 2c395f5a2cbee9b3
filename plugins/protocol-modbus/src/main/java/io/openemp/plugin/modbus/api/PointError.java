package io.openemp.plugin.modbus.api;

import io.openemp.plugin.api.Nullable;

/**
 * Why a point has no value.
 *
 * @param kind the kind of failure
 * @param exceptionCode for {@link ErrorKind#DEVICE_EXCEPTION}: the Modbus exception code (1 illegal function,
 *        2 illegal data address, 3 illegal data value, 4 server device failure, 6 busy, 10 and 11 gateway...)
 * @param message a sentence for people
 */
public record PointError(ErrorKind kind, @Nullable Integer exceptionCode, String message) {

    /** The device's exception response {@code code}. */
    public static PointError exception(int code) {
        return new PointError(ErrorKind.DEVICE_EXCEPTION, code, "exception response " + code + " (" + exceptionName(code) + ")");
    }

    /** An error of {@code kind} other than an exception response. */
    public static PointError of(ErrorKind kind, String message) {
        return new PointError(kind, null, message);
    }

    /** The name the Modbus application protocol specification gives exception {@code code}. */
    public static String exceptionName(int code) {
        return switch (code) {
            case 1 -> "illegal function";
            case 2 -> "illegal data address";
            case 3 -> "illegal data value";
            case 4 -> "server device failure";
            case 5 -> "acknowledge";
            case 6 -> "server device busy";
            case 8 -> "memory parity error";
            case 10 -> "gateway path unavailable";
            case 11 -> "gateway target device failed to respond";
            default -> "unknown exception code";
        };
    }
}
