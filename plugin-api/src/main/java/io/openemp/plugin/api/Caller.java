package io.openemp.plugin.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the authenticated user, their roles and the transport the call came by. A method receives it
 * by declaring a parameter of this type; it is never read from {@code params}.
 */
public final class Caller {

    private final String user;
    private final Set<String> roles;
    private final String transport;

    private Caller(String user, Set<String> roles, String transport) {
        this.user = Objects.requireNonNull(user, "user");
        this.roles = Set.copyOf(roles);
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** A caller named {@code user} with {@code roles}, calling through {@code transport} ("http", "thrift"...). */
    public static Caller of(String user, Set<String> roles, String transport) {
        return new Caller(user, roles, transport);
    }

    public String user() {
        return user;
    }

    /** The caller's roles, unmodifiable. */
    public Set<String> roles() {
        return roles;
    }

    public String transport() {
        return transport;
    }

    /** Whether the caller holds {@code role}, or is an {@link Roles#ADMIN}. */
    public boolean hasRole(String role) {
        return roles.contains(role) || roles.contains(Roles.ADMIN);
    }

    @Override
    public String toString() {
        return user + roles + "@" + transport;
    }
}
