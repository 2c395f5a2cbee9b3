package io.openemp.data.documents.internal;

/** The store cannot start: its message says why in words an operator can act on (no credentials in it). */
final class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    StoreUnavailableException(String message) {
        super(message);
    }
}
