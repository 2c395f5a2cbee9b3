package io.openemp.event.internal;

/** A refused alarm operation: no such alarm, or a transition its state does not allow. */
final class AlarmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    enum Kind { NOT_FOUND, INVALID_TRANSITION }

    private final Kind kind;
    private final String alarmId;
    private final String state;
    private final String action;

    AlarmException(Kind kind, String alarmId, String state, String action, String message) {
        super(message);
        this.kind = kind;
        this.alarmId = alarmId;
        this.state = state;
        this.action = action;
    }

    Kind kind() {
        return kind;
    }

    String alarmId() {
        return alarmId;
    }

    String state() {
        return state;
    }

    String action() {
        return action;
    }
}
