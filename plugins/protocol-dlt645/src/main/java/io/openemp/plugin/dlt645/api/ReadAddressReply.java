package io.openemp.plugin.dlt645.api;

import java.util.Objects;

/**
 * A meter's reply to a read-address request (C = 93H, L = 06H): its address in the data field as well.
 *
 * @param address the address field
 * @param reported the address in the data field (all digits 0-9); the same as {@code address} in practice
 */
public record ReadAddressReply(MeterAddress address, MeterAddress reported) implements Dlt645Frame {

    public ReadAddressReply {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(reported, "reported");
        if (!reported.isBcd()) {
            throw new IllegalArgumentException("a meter reports a BCD address, not " + reported);
        }
    }

    /** The reply of the meter at {@code address}. */
    public ReadAddressReply(MeterAddress address) {
        this(address, address);
    }

    @Override
    public ControlCode control() {
        return ControlCode.reply(Function.READ_ADDRESS, false);
    }

    @Override
    public Bytes data() {
        return reported.bytes();
    }
}
