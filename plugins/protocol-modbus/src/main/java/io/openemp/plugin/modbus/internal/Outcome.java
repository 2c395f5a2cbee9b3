package io.openemp.plugin.modbus.internal;

import java.time.Instant;

import io.openemp.plugin.modbus.api.ErrorKind;
import io.openemp.plugin.modbus.api.PointError;

/** What one request got: the response's data bytes, or an error; and when. */
record Outcome(byte[] data, PointError error, Instant at) {

    static Outcome data(byte[] data) {
        return new Outcome(data, null, Instant.now());
    }

    static Outcome error(PointError error) {
        return new Outcome(null, error, Instant.now());
    }

    static Outcome error(ErrorKind kind, String message) {
        return error(PointError.of(kind, message));
    }

    boolean ok() {
        return error == null;
    }

    /** Whether sending the request again may help: not for an answer the device gave on purpose. */
    boolean retryable() {
        return error != null && error.kind() != ErrorKind.DEVICE_EXCEPTION;
    }
}
