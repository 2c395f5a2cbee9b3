package io.openemp.plugin.dlt645.api;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Broadcast time synchronisation (C = 08H, L = 06H): {@code ss mm hh DD MM YY}, usually to
 * {@link MeterAddress#BROADCAST}; meters set their clock and do not reply.
 *
 * @param address the address field (the broadcast address)
 * @param time the meter's local time, year 2000..2099, whole seconds
 */
public record BroadcastTime(MeterAddress address, LocalDateTime time) implements Dlt645Frame {

    public BroadcastTime {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(time, "time");
        if (time.getYear() < 2000 || time.getYear() > 2099 || time.getNano() != 0) {
            throw new IllegalArgumentException("a DL/T 645 time has years 2000..2099 and whole seconds, not " + time);
        }
    }

    /** The command to every meter. */
    public BroadcastTime(LocalDateTime time) {
        this(MeterAddress.BROADCAST, time);
    }

    @Override
    public ControlCode control() {
        return ControlCode.request(Function.BROADCAST_TIME);
    }

    @Override
    public Bytes data() {
        return Bytes.wrap(new byte[] { Bcd.encode(time.getSecond()), Bcd.encode(time.getMinute()), Bcd.encode(time.getHour()),
                Bcd.encode(time.getDayOfMonth()), Bcd.encode(time.getMonthValue()), Bcd.encode(time.getYear() - 2000) });
    }
}
