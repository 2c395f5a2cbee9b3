package io.openemp.rpc.api;

/**
 * The JSON-RPC error codes the platform answers: the specification's, and the platform's own in the server
 * range -32000..-32099 (README lists them with their data).
 */
public final class RpcErrors {

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;

    /** No or wrong credentials. */
    public static final int UNAUTHORIZED = -32000;
    /** Authenticated, but without a role the method requires; data names the roles. */
    public static final int FORBIDDEN = -32001;
    /** The component is registered but cannot serve (stopping, or refused as a duplicate). */
    public static final int COMPONENT_UNAVAILABLE = -32002;
    /** The call did not finish within its time limit; data gives the limit. */
    public static final int TIMEOUT = -32003;
    /** The request exceeds a limit (body size, batch length, nesting depth); data names the limit. */
    public static final int TOO_LARGE = -32004;
    /** The dispatcher's queue is full; try again later. */
    public static final int BUSY = -32005;

    private RpcErrors() {
    }
}
