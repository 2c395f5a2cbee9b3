package io.openemp.plugin.dlt645.api;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Read data (C = 11H): {@code DI0..DI3}, optionally followed by parameters: a load-profile read adds the number
 * of records N (L = 05H), and N with a start time {@code mm hh DD MM YY} (L = 0AH).
 *
 * @param address the meter
 * @param dataId what to read
 * @param parameters what follows the data identifier (usually nothing)
 */
public record ReadRequest(MeterAddress address, DataId dataId, Bytes parameters) implements Dlt645Frame {

    public ReadRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(dataId, "dataId");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** A plain read of {@code dataId}. */
    public ReadRequest(MeterAddress address, DataId dataId) {
        this(address, dataId, Bytes.EMPTY);
    }

    @Override
    public ControlCode control() {
        return ControlCode.request(Function.READ);
    }

    @Override
    public Bytes data() {
        return FrameLayouts.withDataId(dataId, parameters);
    }

    @Override
    public Optional<DataId> dataIdentifier() {
        return Optional.of(dataId);
    }

    /** The number of load-profile records asked for (the first parameter byte), when there is one. */
    public OptionalInt blocks() {
        return parameters.length() == 1 || parameters.length() == 6 ? OptionalInt.of(parameters.get(0)) : OptionalInt.empty();
    }

    /** The start time of a load-profile read ({@code mm hh DD MM YY} after N), when present and a real time. */
    public Optional<LocalDateTime> from() {
        return parameters.length() == 6 ? BcdTime.minutes(parameters, 1) : Optional.empty();
    }
}
