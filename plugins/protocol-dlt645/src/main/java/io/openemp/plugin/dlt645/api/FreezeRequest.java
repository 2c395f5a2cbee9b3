package io.openemp.plugin.dlt645.api;

import java.util.Objects;

/**
 * Freeze (C = 16H, L = 04H): {@code mm hh DD MM}, to one meter or to {@link MeterAddress#BROADCAST}.
 *
 * @param address the meter, or the broadcast address
 * @param time when to freeze
 */
public record FreezeRequest(MeterAddress address, FreezeTime time) implements Dlt645Frame {

    public FreezeRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(time, "time");
    }

    @Override
    public ControlCode control() {
        return ControlCode.request(Function.FREEZE);
    }

    @Override
    public Bytes data() {
        return Bytes.wrap(new byte[] { Bcd.encode(time.minute()), Bcd.encode(time.hour()), Bcd.encode(time.day()),
                Bcd.encode(time.month()) });
    }
}
