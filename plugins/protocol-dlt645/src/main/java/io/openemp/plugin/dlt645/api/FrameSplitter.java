package io.openemp.plugin.dlt645.api;

import java.nio.ByteBuffer;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds frames in a byte stream (a serial line, a TCP connection to a concentrator or a transparent gateway)
 * whatever the chunks it arrives in: FEH wake-up bytes are skipped, a frame is delivered once all its bytes are
 * in, and after garbage or a broken frame the splitter resynchronises on the next 68H that starts a frame whose
 * end byte and checksum hold.
 *
 * <p>Memory is bounded: the splitter keeps at most {@code maxBuffer} bytes (at least the codec's longest frame),
 * and a chunk of any size is taken in pieces. Garbage between frames is reported as one
 * {@link RejectReason#BAD_START} per run; a 68H that does not start a frame is reported with the reason its
 * header or envelope failed and skipped alone, so a real frame that began inside it is still found. Frames whose
 * envelope is sound but whose content is refused (control code, layout, BCD) are reported and skipped whole.
 *
 * <p>Not thread-safe: one splitter per stream.
 */
public final class FrameSplitter {

    /** What the splitter found. Offsets count bytes from the start of the stream. */
    public interface Listener {

        /** A frame starting (at its 68H) {@code offset} bytes into the stream. */
        void onFrame(Dlt645Frame frame, long offset);

        /** Bytes that were not a frame: {@code discarded} of them, starting at {@code rejection.offset()}. */
        default void onRejected(Rejection rejection, int discarded) {
        }
    }

    private static final int HEADER = 10;
    private static final Logger LOG = LoggerFactory.getLogger(FrameSplitter.class);

    private final Dlt645Codec codec;
    private final Listener listener;
    private final byte[] buffer;
    private int start;
    private int end;
    private long base;
    private long garbageOffset = -1;
    private int garbage;
    /** While a frame is incomplete: where the look for a complete frame after its start goes on from. */
    private int lookFrom;

    /**
     * @param codec decodes the frames and counts what is rejected
     * @param maxBuffer bytes the splitter may hold, at least {@code codec.maxFrameLength()}
     * @param listener receives the frames and rejections, on the thread that calls {@link #feed}
     */
    public FrameSplitter(Dlt645Codec codec, int maxBuffer, Listener listener) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (maxBuffer < codec.maxFrameLength()) {
            throw new IllegalArgumentException("the buffer must hold the longest frame, " + codec.maxFrameLength()
                    + " bytes; " + maxBuffer + " is too small");
        }
        this.buffer = new byte[maxBuffer];
    }

    /** Takes the next bytes of the stream. */
    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    /** Takes {@code length} bytes from {@code offset}. */
    public void feed(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        while (length > 0) {
            make(length);
            int n = Math.min(length, buffer.length - end);
            System.arraycopy(bytes, offset, buffer, end, n);
            end += n;
            offset += n;
            length -= n;
            scan();
        }
    }

    /** Takes the buffer's remaining bytes. */
    public void feed(ByteBuffer bytes) {
        while (bytes.hasRemaining()) {
            make(bytes.remaining());
            int n = Math.min(bytes.remaining(), buffer.length - end);
            bytes.get(buffer, end, n);
            end += n;
            scan();
        }
    }

    /** The stream has ended: what is left (a partial frame) is reported as {@link RejectReason#TRUNCATED}. */
    public void finish() {
        flushGarbage();
        if (end > start) {
            reject(new Rejection(RejectReason.TRUNCATED, base + start, (end - start) + " bytes of an unfinished frame"), end - start);
        }
        base += end;
        start = 0;
        end = 0;
        lookFrom = 0;
    }

    /** Bytes held now (a partial frame). */
    public int buffered() {
        return end - start;
    }

    /** Bytes of the stream taken so far. */
    public long position() {
        return base + end;
    }

    /** Room for more bytes: moves what is held to the front of the buffer. */
    private void make(int wanted) {
        if (start > 0 && buffer.length - end < wanted) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            lookFrom = Math.max(0, lookFrom - start);
            base += start;
            end -= start;
            start = 0;
        }
    }

    private void scan() {
        while (start < end) {
            int b = buffer[start] & 0xFF;
            if (b == Dlt645Codec.PREAMBLE) {
                flushGarbage();
                start++;
                continue;
            }
            if (b != Dlt645Codec.START) {
                if (garbage == 0) {
                    garbageOffset = base + start;
                }
                garbage++;
                start++;
                continue;
            }
            if (end - start < HEADER) {
                return;
            }
            Rejection header = header(start);
            if (header != null) {
                flushGarbage();
                reject(header, 1);
                start++;
                continue;
            }
            int total = Dlt645Codec.OVERHEAD + (buffer[start + 9] & 0xFF);
            if (end - start < total) {
                int next = completeFrameAfter(start, total);
                if (next < 0) {
                    return;
                }
                flushGarbage();
                reject(new Rejection(RejectReason.TRUNCATED, base + start, "the frame starting here (L = " + (total - Dlt645Codec.OVERHEAD)
                        + ") is cut short by a whole frame at offset " + (base + next)), next - start);
                start = next;
                continue;
            }
            flushGarbage();
            DecodeResult result = codec.decodeAt(buffer, start, start + total, true);
            long offset = base + start;
            if (result.isFrame()) {
                start += total;
                listener.onFrame(result.frame(), offset);
                continue;
            }
            Rejection rejection = result.rejection().shifted(base);
            RejectReason reason = rejection.reason();
            int skip = reason == RejectReason.BAD_END || reason == RejectReason.BAD_CHECKSUM ? 1 : total;
            start += skip;
            codec.statistics().discarded(skip);
            listener.onRejected(rejection, skip);
        }
    }

    /**
     * The index of a whole, sound frame (end byte and checksum right) that starts after the incomplete one at
     * {@code from}, or -1. A meter's reply must not wait behind a false start whose L claims bytes that never come;
     * a real frame holds no such frame inside it, since its data bytes carry the 33H offset.
     */
    private int completeFrameAfter(int from, int claimed) {
        int q = Math.max(lookFrom, from + 1);
        boolean conclusive = true;
        for (; q + HEADER <= end; q++) {
            if ((buffer[q] & 0xFF) != Dlt645Codec.START || header(q) != null) {
                if (conclusive) {
                    lookFrom = q + 1;
                }
                continue;
            }
            int total = Dlt645Codec.OVERHEAD + (buffer[q + 9] & 0xFF);
            if (end - q < total) {
                conclusive = false;
                continue;
            }
            if (sound(q, total)) {
                lookFrom = 0;
                return q;
            }
            if (conclusive) {
                lookFrom = q + 1;
            }
        }
        return -1;
    }

    /** Whether the {@code total} bytes at {@code q} end with 16H and a right checksum. */
    private boolean sound(int q, int total) {
        if ((buffer[q + total - 1] & 0xFF) != Dlt645Codec.END) {
            return false;
        }
        int sum = 0;
        for (int i = q; i < q + total - 2; i++) {
            sum += buffer[i];
        }
        return (sum & 0xFF) == (buffer[q + total - 2] & 0xFF);
    }

    /** The rejection of the 68H at {@code start} by its first 10 bytes, or {@code null} when they may begin a frame. */
    private Rejection header(int at) {
        if ((buffer[at + 7] & 0xFF) != Dlt645Codec.START) {
            return new Rejection(RejectReason.BAD_SECOND_START, base + at + 7, "found " + Hex.byteHex(buffer[at + 7]) + "H");
        }
        int bad = MeterAddress.firstInvalidByte(buffer, at + 1);
        if (bad >= 0) {
            return new Rejection(RejectReason.BAD_ADDRESS, base + at + 1 + bad, "A" + bad + " = " + Hex.byteHex(buffer[at + 1 + bad]) + "H");
        }
        int length = buffer[at + 9] & 0xFF;
        if (length > codec.maxDataLength()) {
            return new Rejection(RejectReason.LENGTH_OVER_LIMIT, base + at + 9, "L = " + length + ", limit " + codec.maxDataLength());
        }
        return null;
    }

    private void flushGarbage() {
        if (garbage > 0) {
            int count = garbage;
            garbage = 0;
            reject(new Rejection(RejectReason.BAD_START, garbageOffset, count + " bytes before a frame start"), count);
        }
    }

    private void reject(Rejection rejection, int discarded) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("DL/T 645 stream: {} bytes discarded: {}", discarded, rejection.message());
        }
        codec.statistics().rejected(rejection.reason());
        codec.statistics().discarded(discarded);
        listener.onRejected(rejection, discarded);
    }
}
