package io.openemp.rpc.api;

import org.osgi.annotation.versioning.ConsumerType;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.plugin.api.Caller;

/**
 * Told by the dispatcher of every call of a state-changing method ({@code @RpcMethod(mutating = true)}) by an
 * authenticated caller, once its outcome is known: allowed or forbidden, succeeded or failed. The platform's
 * access control registers one and keeps an append-only audit log; the dispatcher uses the one with the highest
 * ranking. Called on the calling thread after the method returned, before the answer is sent, so an entry exists
 * for every answer a client saw. An exception thrown here is logged and counted; it does not change the answer,
 * since the call has already taken effect.
 */
@ConsumerType
public interface CallAuditor {

    /**
     * @param caller who called
     * @param method the full method name ({@code metering.meter.create})
     * @param params the request's params as received (null when absent)
     * @param outcome {@code ok}, or {@code error:<code>} with the JSON-RPC error code of the answer
     */
    void mutatingCall(Caller caller, String method, JsonNode params, String outcome);
}
