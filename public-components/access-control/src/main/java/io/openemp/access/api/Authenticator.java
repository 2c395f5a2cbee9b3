package io.openemp.access.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import io.openemp.plugin.api.Caller;

/**
 * Checks a user name and password against the platform's user base (the JAAS realm shared by HTTP, Thrift,
 * console and ssh) and says who the caller is. Transports call it for every request or connection; an
 * implementation may remember a successful check for a short time, never a failed one.
 */
@ProviderType
public interface Authenticator {

    /**
     * @param user the user name
     * @param password the password; the caller may clear it afterwards
     * @param transport the transport asking ("http", "thrift"...), recorded in the returned caller
     * @return the caller with their roles, or empty when the credentials are wrong
     */
    Optional<Caller> authenticate(String user, char[] password, String transport);
}
