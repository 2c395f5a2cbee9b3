package io.openemp.plugin.modbus.api;

import java.util.Locale;

/** Why a received frame was rejected. A rejected frame never reaches a point's value. */
public enum FrameRejection {
    /** The MBAP length field is below 2 or above 254 (a PDU is 1..253 bytes): the connection is closed. */
    BAD_LENGTH,
    /** The MBAP protocol identifier is not 0 (not Modbus): the connection is closed. */
    BAD_PROTOCOL_ID,
    /** No request is waiting for this transaction id (a late answer, or a forged one): dropped. */
    UNEXPECTED_TRANSACTION_ID,
    /** The unit id differs from the request's. */
    UNIT_ID_MISMATCH,
    /** The function code is neither the request's nor its exception form. */
    FUNCTION_MISMATCH,
    /** The byte count disagrees with the quantity asked for or with the frame length. */
    BAD_BYTE_COUNT,
    /** An exception response of the wrong length. */
    BAD_EXCEPTION_FRAME,
    /** The connection closed in the middle of a frame. */
    TRUNCATED_FRAME,
    /** Too many rejected frames in a row on one connection: it is closed. */
    TOO_MANY_REJECTIONS;

    /** The key in {@link ModbusStats#rejectedByReason()}: the name in lower case with dashes. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
