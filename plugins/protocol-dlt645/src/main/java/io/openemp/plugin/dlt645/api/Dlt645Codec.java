package io.openemp.plugin.dlt645.api;

import java.nio.ByteBuffer;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes and encodes DL/T 645-2007 frames:
 *
 * <pre>
 * FE..FE  68  A0 A1 A2 A3 A4 A5  68  C  L  DATA (L bytes, each + 33H)  CS  16
 * </pre>
 *
 * where CS is the sum modulo 256 of every byte from the first 68H to the end of DATA. Decoding never throws: any
 * input gives a frame or a {@link Rejection} naming the reason and the offset, and the only buffer it allocates
 * is the data field, after the whole frame has been seen and L found within {@link #maxDataLength()}. Rejections
 * are counted in {@link #statistics()} and logged at DEBUG.
 *
 * <p>Checks, in order: preamble FEH*, start 68H, second 68H, address digits, L within the limit, the whole frame
 * present, end 16H, checksum, control code, the layout of the data field, the BCD and time fields of that layout.
 *
 * <p>Thread-safe; one instance can serve every connection.
 */
public final class Dlt645Codec {

    /** Frame start byte. */
    public static final int START = 0x68;
    /** Frame end byte. */
    public static final int END = 0x16;
    /** Wake-up byte sent before a frame. */
    public static final int PREAMBLE = 0xFE;
    /** Added to each data byte for transmission. */
    public static final int DATA_OFFSET = 0x33;
    /** Bytes of a frame besides its data: 68, address, 68, C, L, CS, 16. */
    public static final int OVERHEAD = 12;
    /** The standard's limit of L for a read (for a write it is 50). */
    public static final int DEFAULT_MAX_DATA_LENGTH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(Dlt645Codec.class);
    private static final int HEADER = 10;

    private final int maxDataLength;
    private final Dlt645Statistics statistics;

    /** A codec with the standard's limit L &lt;= 200 and statistics of its own. */
    public Dlt645Codec() {
        this(DEFAULT_MAX_DATA_LENGTH, new Dlt645Statistics());
    }

    /**
     * @param maxDataLength the largest L accepted and encoded, 0..255
     * @param statistics where rejections and frames are counted
     */
    public Dlt645Codec(int maxDataLength, Dlt645Statistics statistics) {
        if (maxDataLength < 0 || maxDataLength > 255) {
            throw new IllegalArgumentException("L is one byte: the limit is 0..255, not " + maxDataLength);
        }
        this.maxDataLength = maxDataLength;
        this.statistics = Objects.requireNonNull(statistics, "statistics");
    }

    public int maxDataLength() {
        return maxDataLength;
    }

    /** The longest frame accepted, without preamble. */
    public int maxFrameLength() {
        return OVERHEAD + maxDataLength;
    }

    public Dlt645Statistics statistics() {
        return statistics;
    }

    /**
     * Decodes {@code bytes} as exactly one frame, optionally preceded by FEH wake-up bytes; anything after the
     * frame's end is {@link RejectReason#TRAILING_BYTES}. Offsets of rejections count from {@code bytes[0]}.
     */
    public DecodeResult decode(byte[] bytes) {
        if (bytes == null) {
            return count(DecodeResult.rejected(new Rejection(RejectReason.TRUNCATED, 0, "no input"), 0), null, 0, 0);
        }
        return decodeAt(bytes, 0, bytes.length, true);
    }

    /** As {@link #decode(byte[])} for {@code length} bytes from {@code offset}; offsets count from {@code offset}. */
    public DecodeResult decode(byte[] bytes, int offset, int length) {
        if (bytes == null || offset < 0 || length < 0 || offset > bytes.length - length) {
            return count(DecodeResult.rejected(new Rejection(RejectReason.TRUNCATED, 0, "no input in that range"), 0), null, 0, 0);
        }
        DecodeResult result = decodeAt(bytes, offset, offset + length, true);
        return offset == 0 || result.isFrame() ? result
                : DecodeResult.rejected(result.rejection().shifted(-offset), result.preamble());
    }

    /**
     * Decodes the frame at the buffer's position, with its preamble; bytes after it are left for the next call.
     * On success the position moves past the frame; on a rejection it stays. Offsets count from the position.
     */
    public DecodeResult decode(ByteBuffer buffer) {
        if (buffer == null) {
            return count(DecodeResult.rejected(new Rejection(RejectReason.TRUNCATED, 0, "no input"), 0), null, 0, 0);
        }
        int position = buffer.position();
        int limit = buffer.limit();
        DecodeResult result;
        if (buffer.hasArray()) {
            int base = buffer.arrayOffset();
            result = decodeAt(buffer.array(), base + position, base + limit, false);
            if (!result.isFrame()) {
                result = DecodeResult.rejected(result.rejection().shifted(-(base + position)), result.preamble());
            }
        } else {
            int preamble = 0;
            while (position + preamble < limit && (buffer.get(position + preamble) & 0xFF) == PREAMBLE) {
                preamble++;
            }
            byte[] copy = new byte[Math.min(limit - position - preamble, maxFrameLength())];
            buffer.get(position + preamble, copy);
            result = decodeAt(copy, 0, copy.length, false);
            result = result.isFrame() ? DecodeResult.of(result.frame(), preamble, result.length() + preamble)
                    : DecodeResult.rejected(result.rejection().shifted(preamble), preamble);
        }
        if (result.isFrame()) {
            buffer.position(position + result.length());
        }
        return result;
    }

    /**
     * The frame from {@code from}; with {@code strict}, the frame must end at {@code end}. Offsets of rejections are
     * indexes into {@code a}.
     */
    DecodeResult decodeAt(byte[] a, int from, int end, boolean strict) {
        int p = from;
        while (p < end && (a[p] & 0xFF) == PREAMBLE) {
            p++;
        }
        int preamble = p - from;
        DecodeResult result = envelope(a, p, end, preamble);
        if (result.isFrame() && strict && p + result.length() - preamble != end) {
            int after = p + result.length() - preamble;
            result = DecodeResult.rejected(new Rejection(RejectReason.TRAILING_BYTES, after,
                    (end - after) + " bytes after the end byte"), preamble);
        }
        return count(result, a, p, end);
    }

    private DecodeResult envelope(byte[] a, int p, int end, int preamble) {
        if (p >= end) {
            return reject(RejectReason.TRUNCATED, p, preamble == 0 ? "no bytes" : "nothing after " + preamble + " FEH preamble bytes", preamble);
        }
        if ((a[p] & 0xFF) != START) {
            return reject(RejectReason.BAD_START, p, "found " + Hex.byteHex(a[p]) + "H", preamble);
        }
        if (end - p < HEADER) {
            return reject(RejectReason.TRUNCATED, end, "the header needs " + HEADER + " bytes, " + (end - p) + " given", preamble);
        }
        if ((a[p + 7] & 0xFF) != START) {
            return reject(RejectReason.BAD_SECOND_START, p + 7, "found " + Hex.byteHex(a[p + 7]) + "H", preamble);
        }
        int badAddress = MeterAddress.firstInvalidByte(a, p + 1);
        if (badAddress >= 0) {
            return reject(RejectReason.BAD_ADDRESS, p + 1 + badAddress,
                    "A" + badAddress + " = " + Hex.byteHex(a[p + 1 + badAddress]) + "H", preamble);
        }
        int length = a[p + 9] & 0xFF;
        if (length > maxDataLength) {
            return reject(RejectReason.LENGTH_OVER_LIMIT, p + 9, "L = " + length + ", limit " + maxDataLength, preamble);
        }
        int total = OVERHEAD + length;
        if (end - p < total) {
            return reject(RejectReason.TRUNCATED, end, "L = " + length + " makes a " + total + "-byte frame, "
                    + (end - p) + " bytes given", preamble);
        }
        int last = p + total - 1;
        if ((a[last] & 0xFF) != END) {
            return reject(RejectReason.BAD_END, last, "found " + Hex.byteHex(a[last]) + "H", preamble);
        }
        int sum = 0;
        for (int i = p; i < last - 1; i++) {
            sum += a[i];
        }
        sum &= 0xFF;
        if (sum != (a[last - 1] & 0xFF)) {
            return reject(RejectReason.BAD_CHECKSUM, last - 1, "expected " + Hex.byteHex(sum) + "H, found "
                    + Hex.byteHex(a[last - 1]) + "H", preamble);
        }
        byte[] data = new byte[length];
        int dataStart = p + HEADER;
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (a[dataStart + i] - DATA_OFFSET);
        }
        return FrameLayouts.parse(MeterAddress.read(a, p + 1), a[p + 8] & 0xFF, data, dataStart, preamble, preamble + total);
    }

    private static DecodeResult reject(RejectReason reason, int offset, String detail, int preamble) {
        return DecodeResult.rejected(new Rejection(reason, offset, detail), preamble);
    }

    private DecodeResult count(DecodeResult result, byte[] a, int from, int end) {
        if (result.isFrame()) {
            statistics.decoded();
        } else {
            statistics.rejected(result.rejection().reason());
            if (LOG.isDebugEnabled()) {
                int shown = a == null ? 0 : Math.max(0, Math.min(end - from, 64));
                LOG.debug("DL/T 645 frame rejected: {}; bytes {}{}", result.rejection().message(),
                        a == null ? "" : Hex.spaced(a, from, shown), end - from > shown ? " ..." : "");
            }
        }
        return result;
    }

    /** The frame's bytes, without preamble. */
    public byte[] encode(Dlt645Frame frame) {
        return encode(frame, 0);
    }

    /**
     * The frame's bytes after {@code preamble} FEH wake-up bytes (masters usually send 4).
     *
     * @throws IllegalArgumentException when the data field is longer than {@link #maxDataLength()}, or the preamble
     *         is negative or above 16
     */
    public byte[] encode(Dlt645Frame frame, int preamble) {
        Objects.requireNonNull(frame, "frame");
        if (preamble < 0 || preamble > 16) {
            throw new IllegalArgumentException("a preamble of 0..16 FEH bytes, not " + preamble);
        }
        Bytes data = frame.data();
        int length = data.length();
        if (length > maxDataLength) {
            throw new IllegalArgumentException("the data field has " + length + " bytes, above the limit " + maxDataLength);
        }
        byte[] out = new byte[preamble + OVERHEAD + length];
        int p = 0;
        while (p < preamble) {
            out[p++] = (byte) PREAMBLE;
        }
        int start = p;
        out[p++] = START;
        frame.address().write(out, p);
        p += MeterAddress.LENGTH;
        out[p++] = START;
        out[p++] = (byte) frame.control().value();
        out[p++] = (byte) length;
        data.copyTo(out, p);
        for (int i = 0; i < length; i++) {
            out[p + i] += DATA_OFFSET;
        }
        p += length;
        int sum = 0;
        for (int i = start; i < p; i++) {
            sum += out[i];
        }
        out[p++] = (byte) sum;
        out[p] = END;
        statistics.encoded();
        return out;
    }
}
