package io.openemp.plugin.dlt645.api;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The master station's requests, built from what they mean; encode them with {@link Dlt645Codec#encode}.
 *
 * <pre>{@code
 * byte[] bytes = codec.encode(Dlt645Requests.read(MeterAddress.parse("000000000161"), DataId.parse("00010000")), 4);
 * }</pre>
 */
public final class Dlt645Requests {

    private Dlt645Requests() {
    }

    /** Read data item {@code dataId} of the meter at {@code address} (C = 11H, L = 04H). */
    public static ReadRequest read(MeterAddress address, DataId dataId) {
        return new ReadRequest(address, dataId);
    }

    /** Read the last {@code blocks} load-profile records of {@code dataId} (L = 05H). */
    public static ReadRequest readLoadProfile(MeterAddress address, DataId dataId, int blocks) {
        return new ReadRequest(address, dataId, Bytes.ofUnsigned(blocks));
    }

    /** Read {@code blocks} load-profile records of {@code dataId} from {@code from} (L = 0AH; minutes, 2000..2099). */
    public static ReadRequest readLoadProfile(MeterAddress address, DataId dataId, int blocks, LocalDateTime from) {
        Objects.requireNonNull(from, "from");
        if (from.getYear() < 2000 || from.getYear() > 2099) {
            throw new IllegalArgumentException("a DL/T 645 time has years 2000..2099, not " + from.getYear());
        }
        if (blocks < 0 || blocks > 255) {
            throw new IllegalArgumentException("the number of records is a byte, not " + blocks);
        }
        return new ReadRequest(address, dataId, Bytes.wrap(new byte[] { (byte) blocks, Bcd.encode(from.getMinute()),
                Bcd.encode(from.getHour()), Bcd.encode(from.getDayOfMonth()), Bcd.encode(from.getMonthValue()),
                Bcd.encode(from.getYear() - 2000) }));
    }

    /** Read frame {@code sequence} of a long reply to a read of {@code dataId} (C = 12H). */
    public static ReadFollowUpRequest readFollowUp(MeterAddress address, DataId dataId, int sequence) {
        return new ReadFollowUpRequest(address, dataId, sequence);
    }

    /** Ask the one meter on a point-to-point link for its address (C = 13H, to the wildcard address). */
    public static ReadAddressRequest readAddress() {
        return new ReadAddressRequest(MeterAddress.WILDCARD);
    }

    /**
     * Write {@code value} (the item's bytes, before the 33H offset; {@link DataItem#encode} makes them) to
     * {@code dataId} (C = 14H).
     *
     * @param operator the operator code C3..C0 written as 8 hex digits, e.g. {@code "00000001"}
     */
    public static WriteRequest write(MeterAddress address, DataId dataId, Password password, String operator, Bytes value) {
        Objects.requireNonNull(operator, "operator");
        if (operator.isEmpty() || operator.length() > 8) {
            throw new IllegalArgumentException("an operator code has 1 to 8 hex digits, not '" + operator + "'");
        }
        try {
            return new WriteRequest(address, dataId, password, Integer.parseUnsignedInt(operator, 16), value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an operator code has hex digits only, not '" + operator + "'");
        }
    }

    /** Set every meter's clock to {@code time} (C = 08H, broadcast address; no reply). */
    public static BroadcastTime broadcastTime(LocalDateTime time) {
        return new BroadcastTime(time.withNano(0));
    }

    /** Freeze at {@code time} (C = 16H); {@link MeterAddress#BROADCAST} freezes every meter. */
    public static FreezeRequest freeze(MeterAddress address, FreezeTime time) {
        return new FreezeRequest(address, time);
    }
}
