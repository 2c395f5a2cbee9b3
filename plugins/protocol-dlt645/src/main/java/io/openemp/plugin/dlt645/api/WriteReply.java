package io.openemp.plugin.dlt645.api;

import java.util.Objects;

/**
 * A meter's normal reply to a write (C = 94H, L = 0).
 *
 * @param address the meter
 */
public record WriteReply(MeterAddress address) implements Dlt645Frame {

    public WriteReply {
        Objects.requireNonNull(address, "address");
    }

    @Override
    public ControlCode control() {
        return ControlCode.reply(Function.WRITE, false);
    }

    @Override
    public Bytes data() {
        return Bytes.EMPTY;
    }
}
