package io.openemp.plugin.dlt645.api;

import java.util.Objects;

/**
 * What {@link Dlt645Codec} made of some bytes: a frame, or a {@link Rejection}. Exactly one of {@link #frame()}
 * and {@link #rejection()} is non-null.
 */
public final class DecodeResult {

    private final Dlt645Frame frame;
    private final Rejection rejection;
    private final int preamble;
    private final int length;

    private DecodeResult(Dlt645Frame frame, Rejection rejection, int preamble, int length) {
        this.frame = frame;
        this.rejection = rejection;
        this.preamble = preamble;
        this.length = length;
    }

    static DecodeResult of(Dlt645Frame frame, int preamble, int length) {
        return new DecodeResult(Objects.requireNonNull(frame), null, preamble, length);
    }

    static DecodeResult rejected(Rejection rejection, int preamble) {
        return new DecodeResult(null, Objects.requireNonNull(rejection), preamble, 0);
    }

    /** Whether the bytes were a frame. */
    public boolean isFrame() {
        return frame != null;
    }

    /** The frame, or {@code null} when the bytes were rejected. */
    public Dlt645Frame frame() {
        return frame;
    }

    /** Why the bytes were rejected, or {@code null} when they were a frame. */
    public Rejection rejection() {
        return rejection;
    }

    /** How many FEH wake-up bytes preceded the frame (or the problem). */
    public int preamble() {
        return preamble;
    }

    /** Bytes the frame took, preamble included; 0 for a rejection. */
    public int length() {
        return length;
    }

    @Override
    public String toString() {
        return frame != null ? frame.toString() : rejection.toString();
    }
}
