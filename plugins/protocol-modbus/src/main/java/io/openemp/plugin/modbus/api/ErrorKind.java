package io.openemp.plugin.modbus.api;

/** Why a point has no value. */
public enum ErrorKind {
    /** The device answered with a Modbus exception response; {@link PointError#exceptionCode()} says which. */
    DEVICE_EXCEPTION,
    /** No response within the timeout (after every retry). */
    TIMEOUT,
    /** No connection: refused, unreachable, closed by the device, or too many endpoints open. */
    CONNECTION,
    /** A response came but was not a valid answer to the request (it was rejected and counted). */
    MALFORMED_RESPONSE,
    /** The registers were read but do not hold a number (NaN or infinity). */
    INVALID_VALUE
}
