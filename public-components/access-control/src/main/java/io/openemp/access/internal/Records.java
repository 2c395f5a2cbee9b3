package io.openemp.access.internal;

import java.time.Instant;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/** The JSON shapes of the access and audit methods. */
public final class Records {

    private Records() {
    }

    /**
     * A platform user as methods show it (never the password or its hash).
     *
     * @param orgUnit mRID of the organisation unit whose subtree the user sees; null: the whole platform
     */
    public record User(String name, @Nullable String displayName, @Nullable String orgUnit, List<String> roles,
            boolean enabled, Instant createdAt, Instant updatedAt, Instant passwordChangedAt, long version) {
    }

    /** A user to create: name {@code [a-z0-9][a-z0-9._@-]{0,63}}, roles from {@code access.role.list}. */
    public record NewUser(String name, @Nullable String displayName, @Nullable String orgUnit, List<String> roles,
            String password) {
    }

    /** What {@code access.user.update} replaces; {@code expectedVersion} refuses to overwrite a newer change. */
    public record UserChange(String name, @Nullable String displayName, @Nullable String orgUnit, List<String> roles,
            @Nullable Long expectedVersion) {
    }

    public record Role(String name, String description) {
    }

    /** An API token as listed: never the token itself. {@code status}: active, expired or revoked. */
    public record TokenInfo(String id, String user, String name, List<String> roles, Instant createdAt,
            Instant expiresAt, @Nullable Instant revokedAt, @Nullable String revokedBy, String status) {
    }

    /** A token just created: {@code token} is shown this once and cannot be read again. */
    public record NewToken(String token, TokenInfo info) {
    }

    /**
     * Failed logins of one user name or one client address.
     *
     * @param kind {@code user} or {@code source}
     * @param nextAttemptAt when backoff allows the next attempt (null: now)
     * @param lockedUntil when a lockout ends (null: not locked out)
     */
    public record Lockout(String kind, String key, int failures, @Nullable Instant lastFailureAt,
            @Nullable Instant nextAttemptAt, @Nullable Instant lockedUntil) {
    }

    /** One entry of the audit log. {@code kind}: login or call. */
    public record AuditEntry(long id, Instant at, String kind, String user, String transport, @Nullable String source,
            @Nullable String method, @Nullable String paramsSha256, String outcome, @Nullable String detail) {
    }

    /** What {@code audit.query} keeps; every field left null keeps everything; {@code from} inclusive, {@code to} exclusive. */
    public record AuditFilter(@Nullable String user, @Nullable String method, @Nullable String outcome,
            @Nullable String kind, @Nullable Instant from, @Nullable Instant to) {
    }

    /** One page of a list. */
    public record Page<T>(List<T> items, long total, int offset, int limit) {
    }
}
