package io.openemp.rpc.internal;

/** A component declaration the registry cannot serve; the message says why, for rpc.components and the log. */
final class InvalidComponentException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidComponentException(String message) {
        super(message);
    }
}
