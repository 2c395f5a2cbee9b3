package io.openemp.vee.api;

import java.time.Instant;

/**
 * Missing readings the estimation could not fill.
 *
 * @param at the missing instant
 * @param reason why (no trusted neighbours and no similar day with a value)
 */
public record Unestimated(Instant at, String reason) {
}
