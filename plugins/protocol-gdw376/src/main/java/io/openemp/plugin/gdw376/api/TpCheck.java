package io.openemp.plugin.gdw376.api;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * The outcome of checking a time tag against a clock: the frame is discarded when the time since it was sent
 * exceeds the allowed delay. {@code sentAt} and {@code age} are null when the time tag holds no valid time.
 */
public record TpCheck(Status status, ZonedDateTime sentAt, Duration age, int allowedMinutes) {

    /** The outcomes. */
    public enum Status {
        /** Within the allowed delay (a time in the future, from clock skew, counts as within). */
        IN_WINDOW,
        /** Older than the allowed delay: the receiver discards the frame. */
        EXPIRED,
        /** The allowed delay is 0: the sender asked for no check. */
        NOT_CHECKED,
        /** The send time is not a valid time. */
        INVALID_TIME
    }

    /** Whether the receiver should process the frame. */
    public boolean accept() {
        return status != Status.EXPIRED;
    }
}
