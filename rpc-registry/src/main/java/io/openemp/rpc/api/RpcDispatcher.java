package io.openemp.rpc.api;

import org.osgi.annotation.versioning.ProviderType;

import io.openemp.plugin.api.Caller;

/**
 * The one JSON-RPC 2.0 dispatcher every transport uses: it parses, validates, checks roles, calls with a time
 * limit, counts and times. Transports only authenticate and move bytes.
 */
@ProviderType
public interface RpcDispatcher {

    /**
     * Handles one request or batch given as UTF-8 JSON.
     *
     * @param request the request body
     * @param caller the authenticated caller, or {@code null} when the transport could not authenticate one:
     *     every call then answers {@link RpcErrors#UNAUTHORIZED}
     * @return the UTF-8 JSON response, or {@code null} when there is nothing to answer (notifications only)
     */
    byte[] dispatch(byte[] request, Caller caller);

    /** The limits in force now (they change with configuration). */
    RpcLimits limits();
}
