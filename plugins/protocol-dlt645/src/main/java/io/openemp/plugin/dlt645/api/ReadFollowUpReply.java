package io.openemp.plugin.dlt645.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A meter's normal reply to a follow-up read (C = 92H, or B2H when more frames come): {@code DI0..DI3 N1..Nm SEQ}.
 *
 * @param address the meter
 * @param dataId the item being read
 * @param value the value bytes of this frame
 * @param sequence the frame sequence number SEQ, 0..255
 * @param followUp D5: more frames follow
 */
public record ReadFollowUpReply(MeterAddress address, DataId dataId, Bytes value, int sequence, boolean followUp)
        implements Dlt645Frame {

    public ReadFollowUpReply {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(dataId, "dataId");
        Objects.requireNonNull(value, "value");
        if (sequence < 0 || sequence > 255) {
            throw new IllegalArgumentException("SEQ is a byte, not " + sequence);
        }
    }

    @Override
    public ControlCode control() {
        return ControlCode.reply(Function.READ_FOLLOW_UP, followUp);
    }

    @Override
    public Bytes data() {
        byte[] out = new byte[DataId.LENGTH + value.length() + 1];
        dataId.write(out, 0);
        value.copyTo(out, DataId.LENGTH);
        out[out.length - 1] = (byte) sequence;
        return Bytes.wrap(out);
    }

    @Override
    public Optional<DataId> dataIdentifier() {
        return Optional.of(dataId);
    }
}
