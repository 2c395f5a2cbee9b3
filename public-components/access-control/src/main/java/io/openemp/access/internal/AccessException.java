package io.openemp.access.internal;

/** A refusal of the access service, naming the field at fault; the RPC layer turns it into an RpcException. */
final class AccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The caller may not do this (another user's token, another user's password without being admin). */
    static final int NOT_PERMITTED = 4301;
    /** A stored record changed since the caller read it, or the change would leave the platform without an admin. */
    static final int CONFLICT = 4302;

    private final int code;
    private final String field;

    private AccessException(int code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    static AccessException invalid(String field, String message) {
        return new AccessException(-32602, field, message);
    }

    static AccessException notPermitted(String message) {
        return new AccessException(NOT_PERMITTED, null, message);
    }

    static AccessException conflict(String field, String message) {
        return new AccessException(CONFLICT, field, message);
    }

    int code() {
        return code;
    }

    String field() {
        return field;
    }
}
