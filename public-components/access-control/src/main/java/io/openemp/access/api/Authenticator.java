package io.openemp.access.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import io.openemp.plugin.api.Caller;

/**
 * Checks a user name and password, or an API token, against the platform's user base (the one behind the JAAS
 * realm shared by HTTP, Thrift, console and ssh) and says who the caller is. Transports call it for every request
 * or connection; an implementation may remember a successful check for a short time, never a failed one. Every
 * password check and every refused attempt is audited; repeated failures are slowed down and then locked out.
 */
@ProviderType
public interface Authenticator {

    /**
     * @param user the user name
     * @param password the password; the caller may clear it afterwards
     * @param transport the transport asking ("http", "thrift"...), recorded in the returned caller
     * @return the caller with their roles, or empty when the credentials are wrong (or the user is locked out)
     */
    Optional<Caller> authenticate(String user, char[] password, String transport);

    /**
     * As {@link #authenticate(String, char[], String)}, with the client's address: failures are then also
     * counted per address, and the address is audited.
     *
     * @param source the client's address (e.g. {@code 127.0.0.1}); null when unknown
     */
    default Optional<Caller> authenticate(String user, char[] password, String transport, String source) {
        return authenticate(user, password, transport);
    }

    /**
     * Checks an API token (as sent in {@code Authorization: Bearer <token>}). The caller is the token's owner
     * with the token's roles (never more than the owner holds now).
     *
     * @param source the client's address; null when unknown
     * @return the caller, or empty when the token is unknown, expired or revoked, or its owner disabled
     */
    default Optional<Caller> authenticateToken(String token, String transport, String source) {
        return Optional.empty();
    }
}
