package io.openemp.plugin.gdw376.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Splits a byte stream (a terminal's TCP connection) into frames and decodes them with a {@link Gdw376Codec}.
 * Feed it the bytes as they arrive, in chunks of any size; it calls the sink for every frame and for every run
 * of bytes it skipped to resynchronise (one rejection per run, with the reason of the first failure, reported
 * when the next frame arrives, when the stream ends or every 64 KiB; every skipped byte is counted at once). Its buffer never exceeds the codec's frame limit. Not
 * thread-safe: one per connection.
 */
public final class StreamDecoder {

    private static final int KEEP = 64;
    /** A run of junk is reported when a frame follows it, when the stream ends, and at least every 64 KiB. */
    private static final int REPORT_EVERY = 65536;

    private final Gdw376Codec codec;
    private final FrameScanner scanner;
    private final byte[] buf;
    private int size;
    private long position;

    private long skipPosition = -1;
    private int skipped;
    private Rejection skipReason;
    private final byte[] skipBytes = new byte[KEEP];

    public StreamDecoder(Gdw376Codec codec) {
        this.codec = codec;
        this.scanner = new FrameScanner(codec.options().maxFrameLength());
        this.buf = new byte[codec.options().maxFrameLength()];
    }

    /** Bytes waiting for the rest of a frame. */
    public int buffered() {
        return size;
    }

    /** Feeds {@code data[offset .. offset + length)}; calls {@code sink} for what it completes. */
    public void feed(byte[] data, int offset, int length, Consumer<StreamItem> sink) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int n = Math.min(end - at, buf.length - size);
            System.arraycopy(data, at, buf, size, n);
            size += n;
            at += n;
            drain(sink);
        }
    }

    /** Feeds all of {@code data}. */
    public void feed(byte[] data, Consumer<StreamItem> sink) {
        feed(data, 0, data.length, sink);
    }

    /**
     * Gives up the frame waiting for its remaining bytes: call it when the connection has been idle for a while
     * with bytes buffered (a terminal that sent a frame cut short, then a heartbeat, would otherwise have the
     * heartbeat wait behind it). The waiting candidate is skipped as TRUNCATED one byte at a time, so frames
     * that begin inside it are still found; what cannot be a whole frame is reported as skipped.
     */
    public void resync(Consumer<StreamItem> sink) {
        int from = 0;
        while (from < size) {
            FrameScanner.Scan scan = scanner.scan(buf, from, size);
            if (scan.kind() == FrameScanner.Kind.FRAME) {
                from = frame(scan, sink);
            } else {
                Rejection why = scan.kind() == FrameScanner.Kind.SKIP ? scan.rejection()
                        : new Rejection(RejectReason.TRUNCATED, size - from, "a frame cut short: the length says "
                                + scan.length() + " bytes, " + (size - from) + " came");
                skip(new FrameScanner.Scan(FrameScanner.Kind.SKIP, from, scan.kind() == FrameScanner.Kind.SKIP
                        ? scan.length() : 1, why), from);
                from += scan.kind() == FrameScanner.Kind.SKIP ? scan.length() : 1;
            }
        }
        position += size;
        size = 0;
        flushSkipped(sink);
    }

    /** The stream has ended: {@link #resync} what is buffered, so nothing waits any more. */
    public void finish(Consumer<StreamItem> sink) {
        resync(sink);
    }

    /** Reads {@code in} to its end, calling {@code sink} for every frame and skipped run. */
    public void readFrom(InputStream in, Consumer<StreamItem> sink) throws IOException {
        byte[] chunk = new byte[4096];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            feed(chunk, 0, n, sink);
        }
        finish(sink);
    }

    private void drain(Consumer<StreamItem> sink) {
        int from = 0;
        while (true) {
            FrameScanner.Scan scan = scanner.scan(buf, from, size);
            if (scan.kind() == FrameScanner.Kind.NEED_MORE) {
                break;
            }
            if (scan.kind() == FrameScanner.Kind.SKIP) {
                skip(scan, from);
                from += scan.length();
                if (skipped >= REPORT_EVERY) {
                    flushSkipped(sink);
                }
                continue;
            }
            from = frame(scan, sink);
        }
        if (from > 0) {
            System.arraycopy(buf, from, buf, 0, size - from);
            size -= from;
            position += from;
        }
    }

    /** Reports the skipped run before it, decodes the frame {@code scan} found; the offset after it. */
    private int frame(FrameScanner.Scan scan, Consumer<StreamItem> sink) {
        flushSkipped(sink);
        byte[] frame = Arrays.copyOfRange(buf, scan.start(), scan.start() + scan.length());
        DecodeResult result = codec.decode(frame);
        sink.accept(new StreamItem(position + scan.start(), frame, 0, result));
        return scan.start() + scan.length();
    }

    private void skip(FrameScanner.Scan scan, int from) {
        if (skipped == 0) {
            skipPosition = position + from;
            skipReason = scan.rejection();
        }
        int keep = Math.min(scan.length(), KEEP - Math.min(skipped, KEEP));
        System.arraycopy(buf, from, skipBytes, Math.min(skipped, KEEP), keep);
        skipped += scan.length();
        codec.statistics().skipped(scan.length());
    }

    private void flushSkipped(Consumer<StreamItem> sink) {
        if (skipped == 0) {
            return;
        }
        byte[] kept = Arrays.copyOf(skipBytes, Math.min(skipped, KEEP));
        Rejection rejection = new Rejection(skipReason.reason(), skipReason.offset(),
                skipped + " bytes skipped from stream position " + skipPosition + ": " + skipReason.detail());
        codec.rejected(rejection, kept, 0, kept.length);
        sink.accept(new StreamItem(skipPosition, kept, skipped, new DecodeResult.Rejected(rejection)));
        skipped = 0;
        skipReason = null;
    }
}
