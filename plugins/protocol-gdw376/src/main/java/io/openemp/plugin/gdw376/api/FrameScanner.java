package io.openemp.plugin.gdw376.api;

import io.openemp.plugin.gdw376.internal.FrameDecoder;

/**
 * Finds frame boundaries in a byte buffer without copying, for a stream decoder (such as a Netty
 * {@code ByteToMessageDecoder}) that keeps its own buffer: each {@link #scan} says whether the bytes at the
 * front are a whole frame (envelope checked: lengths, protocol identifier, limit, checksum, end), need more
 * bytes, or must be skipped to resynchronise. A candidate whose header or checksum is wrong is skipped one byte
 * at a time, so a real frame that begins inside it is still found. No length field makes it wait for more than
 * the frame limit.
 */
public final class FrameScanner {

    /** What lies at the front of the buffer. */
    public enum Kind {
        /** A whole frame: {@code length} bytes at {@code start}. */
        FRAME,
        /** Nothing to do until the buffer holds at least {@code length} bytes from {@code start}. */
        NEED_MORE,
        /** {@code length} bytes at {@code start} are not (the start of) a frame: drop them. */
        SKIP
    }

    /** The outcome of a scan; {@code rejection} says why bytes are skipped. */
    public record Scan(Kind kind, int start, int length, Rejection rejection) {
    }

    private final int maxFrameLength;

    public FrameScanner(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    /** What lies at the front of {@code buf[from .. to)}. */
    public Scan scan(byte[] buf, int from, int to) {
        if (from >= to) {
            return new Scan(Kind.NEED_MORE, from, 1, null);
        }
        if ((buf[from] & 0xFF) != 0x68) {
            int next = from + 1;
            while (next < to && (buf[next] & 0xFF) != 0x68) {
                next++;
            }
            return new Scan(Kind.SKIP, from, next - from, new Rejection(RejectReason.BAD_START, 0,
                    (next - from) + " bytes before a start byte 0x68"));
        }
        int available = to - from;
        Rejection problem = FrameDecoder.checkEnvelope(buf, from, available, maxFrameLength, false);
        if (problem == null) {
            int l1 = (buf[from + 1] & 0xFF) | (buf[from + 2] & 0xFF) << 8;
            return new Scan(Kind.FRAME, from, (l1 >>> 2) + 8, null);
        }
        if (problem.reason() == RejectReason.TRUNCATED) {
            if (available < 6) {
                return new Scan(Kind.NEED_MORE, from, 6, null);
            }
            int l1 = (buf[from + 1] & 0xFF) | (buf[from + 2] & 0xFF) << 8;
            return new Scan(Kind.NEED_MORE, from, (l1 >>> 2) + 8, null);
        }
        return new Scan(Kind.SKIP, from, 1, problem);
    }
}
