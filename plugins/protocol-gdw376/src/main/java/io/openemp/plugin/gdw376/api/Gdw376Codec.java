package io.openemp.plugin.gdw376.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.plugin.gdw376.internal.FrameDecoder;
import io.openemp.plugin.gdw376.internal.FrameEncoder;

/**
 * The Q/GDW 1376.1 codec. {@link #decode} never throws: it answers a {@link Frame} or a typed
 * {@link Rejection} (reason and byte offset), counts both in its {@link DecodeStatistics} and logs each
 * rejection (DEBUG; the first of each reason at INFO). {@link #encode} writes a frame's bytes; a decoded frame
 * encodes to the bytes it came from. Thread-safe; one instance serves any number of connections.
 */
public final class Gdw376Codec {

    private static final Logger LOG = LoggerFactory.getLogger(Gdw376Codec.class);

    private final CodecOptions options;
    private final FrameDecoder decoder;
    private final DecodeStatistics statistics;
    private final boolean[] reported = new boolean[RejectReason.values().length];

    /** A codec with {@code options} and statistics of its own. */
    public Gdw376Codec(CodecOptions options) {
        this(options, new DecodeStatistics());
    }

    /** A codec counting into {@code statistics} (shared, e.g., by every connection of a master station). */
    public Gdw376Codec(CodecOptions options, DecodeStatistics statistics) {
        this.options = options;
        this.decoder = new FrameDecoder(options);
        this.statistics = statistics;
    }

    /** A lenient codec with the standard catalogue and the largest frame limit. */
    public Gdw376Codec() {
        this(CodecOptions.defaults());
    }

    public CodecOptions options() {
        return options;
    }

    public DecodeStatistics statistics() {
        return statistics;
    }

    /** Decodes {@code frame}, which must hold exactly one frame. */
    public DecodeResult decode(byte[] frame) {
        return decode(frame, 0, frame.length);
    }

    /** Decodes the one frame in {@code bytes[offset .. offset + length)}. */
    public DecodeResult decode(byte[] bytes, int offset, int length) {
        DecodeResult result;
        try {
            result = decoder.decode(bytes, offset, length);
        } catch (RuntimeException | StackOverflowError e) {
            // Never expected: the decoder checks every length before using it. Counted so a test or an operator sees it.
            result = new DecodeResult.Rejected(new Rejection(RejectReason.DECODER_FAULT, 0, String.valueOf(e)));
            LOG.warn("decoder fault on {}", Hex.format(bytes, offset, Math.min(length, 64)), e);
        }
        if (result instanceof DecodeResult.Rejected rejected) {
            rejected(rejected.rejection(), bytes, offset, length);
        } else {
            statistics.decoded();
        }
        return result;
    }

    /** Counts and logs a rejection (also used by the stream decoders over this codec). */
    void rejected(Rejection rejection, byte[] bytes, int offset, int length) {
        statistics.rejected(rejection, bytes, offset, length);
        int ordinal = rejection.reason().ordinal();
        if (!reported[ordinal]) {
            reported[ordinal] = true;
            LOG.info("first frame rejected for {} ({}); further ones are logged at DEBUG and counted in gdw376.stats",
                    rejection.reason(), rejection);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("frame rejected: {}; bytes {}", rejection, Hex.format(bytes, offset, Math.min(length, 64)));
        }
    }

    /**
     * The bytes of {@code frame}.
     *
     * @throws IllegalArgumentException when the frame cannot be written: AUX disagreeing with the header (PW for
     *         a downward AFN 01/04/05/06/0F/10, EC with ACD, Tp with TpV), a value that does not fit its format,
     *         more than 16383 bytes of user data
     */
    public byte[] encode(Frame frame) {
        return FrameEncoder.encode(frame);
    }
}
