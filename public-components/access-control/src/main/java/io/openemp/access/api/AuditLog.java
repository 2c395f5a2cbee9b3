package io.openemp.access.api;

import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.plugin.api.Caller;

/**
 * The platform's append-only audit log: who did what, when, and how it ended. There is no way to change or remove
 * an entry. Entries are durable when a method returns (the call is acknowledged only after that).
 */
@ProviderType
public interface AuditLog {

    /**
     * Records a state-changing call. The dispatcher calls it for every method declared {@code mutating}, once
     * the outcome is known.
     *
     * @param caller who called
     * @param source the client's address, or null when the transport does not know it
     * @param method the full method name ({@code access.user.create})
     * @param params the request's params as received (object or array; null when absent): only their SHA-256
     *        digest, over a canonical form (object keys sorted, no white space), is kept
     * @param outcome {@code ok}, or the JSON-RPC error code of the answer ({@code -32602}, {@code 4101}...)
     */
    void recordCall(Caller caller, String source, String method, JsonNode params, String outcome);

    /**
     * Records a login attempt that did not go through {@link Authenticator} (which records its own).
     *
     * @param outcome {@code ok}, {@code failed}, {@code locked}, {@code throttled}, {@code disabled}...
     */
    void recordLogin(String user, String transport, String source, String outcome);
}
