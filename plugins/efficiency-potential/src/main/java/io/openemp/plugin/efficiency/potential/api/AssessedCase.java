package io.openemp.plugin.efficiency.potential.api;

import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * A customer whose savings potential a utility has assessed: the features and the class it gave.
 *
 * @param id the case's id (letters, digits, {@code . _ -}, at most 64); a new one is made when left out; an id
 *        already stored is replaced
 * @param features the customer's features
 * @param potential the assessed class ({@code [A-Z][A-Z0-9_]*}, at most 32), e.g. LOW, MEDIUM, HIGH
 * @param source where the case comes from (at most 64 characters), e.g. "audit-2026" or "starter"
 * @param enteredAt when it was stored (set by the store; ignored on input)
 */
public record AssessedCase(@Nullable String id, Features features, String potential, @Nullable String source,
        @Nullable Instant enteredAt) {
}
