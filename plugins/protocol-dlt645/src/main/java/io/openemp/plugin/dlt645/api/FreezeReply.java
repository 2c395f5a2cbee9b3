package io.openemp.plugin.dlt645.api;

import java.util.Objects;

/**
 * A meter's normal reply to a freeze (C = 96H, L = 0).
 *
 * @param address the meter
 */
public record FreezeReply(MeterAddress address) implements Dlt645Frame {

    public FreezeReply {
        Objects.requireNonNull(address, "address");
    }

    @Override
    public ControlCode control() {
        return ControlCode.reply(Function.FREEZE, false);
    }

    @Override
    public Bytes data() {
        return Bytes.EMPTY;
    }
}
