package io.openemp.plugin.dlt645.api;

import java.util.Objects;

/**
 * A frame of a function this codec does not model field by field (write address 15H, change rate 17H or
 * password 18H, clear 19H..1BH, control 1CH, security 03H, or a function code the standard does not define), with
 * its raw data field. Control codes that have a record of their own, and control codes no frame may carry, are
 * refused.
 *
 * @param address the address field
 * @param control the control code
 * @param data the data field, without the 33H offset
 */
public record OtherFrame(MeterAddress address, ControlCode control, Bytes data) implements Dlt645Frame {

    public OtherFrame {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(data, "data");
        String problem = FrameLayouts.controlProblem(control.value());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (FrameLayouts.modelled(control.value())) {
            throw new IllegalArgumentException("control code " + control + " has a record of its own");
        }
    }
}
