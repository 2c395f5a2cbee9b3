package io.openemp.plugin.dlt645.api;

import java.util.Objects;

/**
 * A meter's abnormal reply (D7 = 1, D6 = 1; e.g. C = D1H to a read, D4H to a write): the error byte ERR, and
 * whatever else the meter sent after it.
 *
 * @param address the meter
 * @param control the control code, with D7 and D6 set
 * @param data ERR first, at least one byte
 */
public record AbnormalReply(MeterAddress address, ControlCode control, Bytes data) implements Dlt645Frame {

    public AbnormalReply {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(data, "data");
        if (!control.isReply() || !control.abnormal()) {
            throw new IllegalArgumentException("an abnormal reply has D7 and D6 set, not " + control);
        }
        String problem = FrameLayouts.controlProblem(control.value());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (data.isEmpty()) {
            throw new IllegalArgumentException("an abnormal reply carries the error byte");
        }
    }

    /** The usual abnormal reply to {@code function}: one error byte. */
    public static AbnormalReply of(MeterAddress address, Function function, ErrorFlags error) {
        return new AbnormalReply(address, ControlCode.abnormalReply(function), Bytes.ofUnsigned(error.value()));
    }

    /** The error byte ERR. */
    public ErrorFlags error() {
        return new ErrorFlags(data.get(0));
    }
}
