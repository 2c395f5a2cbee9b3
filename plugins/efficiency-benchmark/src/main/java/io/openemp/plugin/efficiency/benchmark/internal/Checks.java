package io.openemp.plugin.efficiency.benchmark.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.openemp.plugin.api.RpcException;

/** Checks of caller input that answer -32602 naming the field. */
final class Checks {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Checks() {
    }

    static String id(String field, String value) throws RpcException {
        if (value == null || !ID.matcher(value).matches()) {
            throw RpcException.invalidParams(field, "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter"
                    + " or digit; got " + quote(value));
        }
        return value;
    }

    static String text(String field, String value, int max) throws RpcException {
        if (value == null || value.isBlank()) {
            throw RpcException.invalidParams(field, "must not be empty");
        }
        if (value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            throw RpcException.invalidParams(field, "must be at most " + max + " characters without control characters");
        }
        return value.strip();
    }

    /** A number at least 0 (above 0 when {@code positive}), at most 18 digits before and 6 after the point. */
    static BigDecimal amount(String field, BigDecimal value, boolean positive) throws RpcException {
        if (value == null) {
            throw RpcException.invalidParams(field, "is required");
        }
        if (positive ? value.signum() <= 0 : value.signum() < 0) {
            throw RpcException.invalidParams(field, "must be " + (positive ? "above 0" : "0 or more") + "; got "
                    + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 6 || value.precision() - value.scale() > 18) {
            throw RpcException.invalidParams(field, "must have at most 18 digits before and 6 after the point");
        }
        return value;
    }

    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        return "'" + (value.length() > 70 ? value.substring(0, 70) + "..." : value) + "'";
    }
}
