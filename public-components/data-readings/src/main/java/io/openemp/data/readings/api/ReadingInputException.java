package io.openemp.data.readings.api;

/**
 * A request the store refuses because of its content: an unknown meter or reading type, a value or instant out
 * of range, two different readings for the same key in one batch... Nothing was stored. {@link #field()} names
 * what is wrong the way a JSON path would: {@code readings[3].value}, {@code meter}, {@code from}.
 */
public class ReadingInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public ReadingInputException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** What is wrong, e.g. {@code readings[3].value}. */
    public String field() {
        return field;
    }

    /** Why, in a short sentence. */
    public String reason() {
        return reason;
    }
}
