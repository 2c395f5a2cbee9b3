package io.openemp.vee.internal;

/** A rule set value that cannot work; {@link #field()} names it as a JSON path ({@code rules.spike.factor}). */
final class BadRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    BadRuleException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
