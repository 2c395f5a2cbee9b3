package io.openemp.vee.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One estimated value.
 *
 * @param at its instant
 * @param value the estimate
 * @param method {@link VeeFlags#INTERPOLATED} or {@link VeeFlags#PROFILE}
 * @param basis how many values it was computed from (2 neighbours, or the similar days found)
 */
public record Estimate(Instant at, BigDecimal value, String method, int basis) {
}
