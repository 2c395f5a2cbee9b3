package io.openemp.vee.api;

import java.math.BigDecimal;

/**
 * The interval values between two consecutive readings of a register must add up to the register's advance:
 * for register readings at r1 and r2, the sum of the interval readings stamped in (r1, r2] must differ from
 * {@code register(r2) - register(r1)} (unwrapped at a rollover) by at most {@code tolerance + relativeTolerance
 * x |advance|}. A failing span flags its interval readings. Spans with a missing interval reading or across a
 * register reset are not checked (the gap and register rules report those).
 *
 * @param registerType the reading type of the register of the same meter (interval 0)
 * @param tolerance absolute tolerance in the unit (at least 0)
 * @param relativeTolerance tolerance as a share of the advance (0..1)
 */
public record SumCheckRule(String registerType, BigDecimal tolerance, BigDecimal relativeTolerance) {
}
