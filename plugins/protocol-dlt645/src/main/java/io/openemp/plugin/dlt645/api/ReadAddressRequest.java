package io.openemp.plugin.dlt645.api;

import java.util.Objects;

/**
 * Read the communication address (C = 13H, L = 0), usually sent to {@link MeterAddress#WILDCARD} on a
 * point-to-point link.
 *
 * @param address the address field (the wildcard, or a shortened address)
 */
public record ReadAddressRequest(MeterAddress address) implements Dlt645Frame {

    public ReadAddressRequest {
        Objects.requireNonNull(address, "address");
    }

    @Override
    public ControlCode control() {
        return ControlCode.request(Function.READ_ADDRESS);
    }

    @Override
    public Bytes data() {
        return Bytes.EMPTY;
    }
}
