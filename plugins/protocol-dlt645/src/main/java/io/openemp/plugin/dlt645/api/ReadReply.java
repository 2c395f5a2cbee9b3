package io.openemp.plugin.dlt645.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A meter's normal reply to a read (C = 91H, or B1H when follow-up frames come): {@code DI0..DI3 N1..Nm}.
 *
 * @param address the meter
 * @param dataId the item read
 * @param value the value bytes N1..Nm (decode them with {@link DataCatalogue})
 * @param followUp D5: more frames follow, to be read with {@link ReadFollowUpRequest}
 */
public record ReadReply(MeterAddress address, DataId dataId, Bytes value, boolean followUp) implements Dlt645Frame {

    public ReadReply {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(dataId, "dataId");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public ControlCode control() {
        return ControlCode.reply(Function.READ, followUp);
    }

    @Override
    public Bytes data() {
        return FrameLayouts.withDataId(dataId, value);
    }

    @Override
    public Optional<DataId> dataIdentifier() {
        return Optional.of(dataId);
    }
}
