package io.openemp.event.api;

/**
 * Where an alarm is in its lifecycle. An alarm is either active (its condition holds) or cleared (returned to
 * normal), and either unacknowledged or acknowledged; it can be closed once it is both cleared and acknowledged.
 */
public enum AlarmState {
    /** Active, not acknowledged. */
    RAISED,
    /** Active, acknowledged by an operator. */
    ACKNOWLEDGED,
    /** Returned to normal, not acknowledged yet. */
    CLEARED,
    /** Returned to normal and acknowledged: ready to be closed. */
    ACKNOWLEDGED_CLEARED,
    /** Done: a new raise of the same source and condition opens a new alarm. */
    CLOSED;

    /** The state of an alarm with these flags. */
    public static AlarmState of(boolean active, boolean acknowledged, boolean closed) {
        if (closed) {
            return CLOSED;
        }
        if (active) {
            return acknowledged ? ACKNOWLEDGED : RAISED;
        }
        return acknowledged ? ACKNOWLEDGED_CLEARED : CLEARED;
    }
}
