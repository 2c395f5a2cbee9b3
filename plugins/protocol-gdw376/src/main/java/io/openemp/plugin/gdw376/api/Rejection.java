package io.openemp.plugin.gdw376.api;

/** A typed rejection: the reason, the offset of the offending byte in the input, and detail in words. */
public record Rejection(RejectReason reason, int offset, String detail) {

    @Override
    public String toString() {
        return reason + " at byte " + offset + ": " + detail;
    }
}
