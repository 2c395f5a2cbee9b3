package io.openemp.plugin.dlt645.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Read follow-up data (C = 12H): {@code DI0..DI3 SEQ}, L = 05H, asking for frame number SEQ of a long reply.
 *
 * @param address the meter
 * @param dataId the item being read
 * @param sequence the frame sequence number SEQ, 0..255
 */
public record ReadFollowUpRequest(MeterAddress address, DataId dataId, int sequence) implements Dlt645Frame {

    public ReadFollowUpRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(dataId, "dataId");
        if (sequence < 0 || sequence > 255) {
            throw new IllegalArgumentException("SEQ is a byte, not " + sequence);
        }
    }

    @Override
    public ControlCode control() {
        return ControlCode.request(Function.READ_FOLLOW_UP);
    }

    @Override
    public Bytes data() {
        return FrameLayouts.withDataId(dataId, Bytes.ofUnsigned(sequence));
    }

    @Override
    public Optional<DataId> dataIdentifier() {
        return Optional.of(dataId);
    }
}
