package io.openemp.access.console.internal;

/** A call answered with a JSON-RPC error instead of a result. */
final class RpcErrorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient RpcError error;

    RpcErrorException(RpcError error) {
        super(error.code() + " " + error.message());
        this.error = error;
    }

    RpcError error() {
        return error;
    }
}
