package io.openemp.plugin.efficiency.grid.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.openemp.plugin.api.RpcException;

/** Field checks; every refusal is -32602 naming the field. */
final class Checks {

    /** Identifiers: the metering module's mRID alphabet. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    /** Largest energy or power figure accepted (kWh or kW): beyond any one customer's year. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private Checks() {
    }

    static String id(String field, String value) throws RpcException {
        if (value == null || value.isEmpty()) {
            throw RpcException.invalidParams(field, "required");
        }
        if (!ID.matcher(value).matches()) {
            throw RpcException.invalidParams(field, "'" + PeriodRange.shorten(value)
                    + "' is not an identifier: 1..64 of A-Z a-z 0-9 . _ : - starting with a letter or digit");
        }
        return value;
    }

    static String optionalId(String field, String value) throws RpcException {
        return value == null || value.isEmpty() ? null : id(field, value);
    }

    static String text(String field, String value, int max) throws RpcException {
        if (value == null || value.isBlank()) {
            throw RpcException.invalidParams(field, "required, not blank");
        }
        String s = value.strip();
        if (s.length() > max) {
            throw RpcException.invalidParams(field, "longer than " + max + " characters");
        }
        if (s.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw RpcException.invalidParams(field, "contains control characters");
        }
        return s;
    }

    static String optionalText(String field, String value, int max) throws RpcException {
        return value == null || value.isBlank() ? null : text(field, value, max);
    }

    /** An amount with at most 3 decimals, |value| at most {@link #MAX_AMOUNT}, and not below {@code min} when given. */
    static BigDecimal amount(String field, BigDecimal value, BigDecimal min, boolean minExclusive) throws RpcException {
        if (value == null) {
            throw RpcException.invalidParams(field, "required");
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 3) {
            throw RpcException.invalidParams(field, value.toPlainString() + " has more than 3 decimals");
        }
        if (v.abs().compareTo(MAX_AMOUNT) > 0) {
            throw RpcException.invalidParams(field, "magnitude above " + MAX_AMOUNT.toPlainString());
        }
        if (min != null && (minExclusive ? v.compareTo(min) <= 0 : v.compareTo(min) < 0)) {
            throw RpcException.invalidParams(field, "must be " + (minExclusive ? "above " : "at least ") + min.toPlainString()
                    + ", not " + value.toPlainString());
        }
        return v.setScale(3);
    }
}
