package io.openemp.data.metering.api;

/**
 * A request to {@link Metering} that cannot be carried out as given: a missing or malformed field, an unknown
 * referenced mRID, a duplicate mRID, a stale version, an unreadable import file. {@link #field()} names what was
 * wrong in the caller's terms ({@code mrid}, {@code ctRatio}, {@code orgUnit}, {@code csv}...), {@link #reason()}
 * says why. Nothing was changed when it is thrown.
 */
public class MeteringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public MeteringException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public MeteringException(String field, String reason, Throwable cause) {
        super(field + ": " + reason, cause);
        this.field = field;
        this.reason = reason;
    }

    /** The offending field or parameter. */
    public String field() {
        return field;
    }

    /** Why it was refused, one sentence. */
    public String reason() {
        return reason;
    }
}
