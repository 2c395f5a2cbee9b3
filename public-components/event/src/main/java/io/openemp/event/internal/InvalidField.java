package io.openemp.event.internal;

/** A value refused by the service, naming its field (RPC methods turn it into invalid params). */
final class InvalidField extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    InvalidField(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }

    /** Refuses an empty, over-long or control-character text. */
    static String check(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "is empty");
        }
        if (value.length() > max) {
            throw new InvalidField(field, "is longer than " + max + " characters");
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw new InvalidField(field, "contains control characters");
        }
        return value;
    }
}
