package io.openemp.plugin.dlt645.api;

import java.util.Objects;

/**
 * Why some bytes were refused, and where.
 *
 * @param reason the kind of problem
 * @param offset the offset of the offending byte from the start of the input given to the decoder (for the
 *        splitter: from the start of the stream, see {@link FrameSplitter.Listener})
 * @param detail the specifics, e.g. {@code expected 8A, found 8B}
 */
public record Rejection(RejectReason reason, long offset, String detail) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** The rejection moved by {@code delta} bytes (from a frame's offsets to a stream's). */
    public Rejection shifted(long delta) {
        return delta == 0 ? this : new Rejection(reason, offset + delta, detail);
    }

    /** E.g. {@code BAD_CHECKSUM at offset 18: the checksum does not match: expected 8A, found 8B}. */
    public String message() {
        return reason + " at offset " + offset + ": " + reason.description() + (detail.isEmpty() ? "" : ": " + detail);
    }

    @Override
    public String toString() {
        return message();
    }
}
