package io.openemp.vee.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * A register (cumulative) reading must not decrease. A decrease is a rollover ({@code vee.rollover}, not
 * suspect) when the register wrapped at {@code modulus} and the wrapped advance {@code modulus - previous +
 * current} is at most {@code maxStep}; any other decrease is a reset ({@code vee.register-reset}, suspect).
 * Without a modulus every decrease is a reset.
 *
 * @param modulus the value at which the register wraps to 0 (e.g. 100000 for a 5-digit kWh register), or null
 * @param maxStep the largest plausible advance between two readings, in the register's unit; required with a modulus
 */
public record RegisterRule(@Nullable BigDecimal modulus, @Nullable BigDecimal maxStep) {
}
