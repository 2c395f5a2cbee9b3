package io.openemp.plugin.efficiency.monitoring.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
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
        if (value.length() > max) {
            throw RpcException.invalidParams(field, "must be at most " + max + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw RpcException.invalidParams(field, "must not contain control characters");
        }
        return value.strip();
    }

    static ZoneId zone(String field, String value) throws RpcException {
        try {
            if (value == null || value.length() > 64) {
                throw new DateTimeException("null or too long");
            }
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw RpcException.invalidParams(field, "unknown time zone " + quote(value)
                    + "; use an IANA name such as \"Asia/Shanghai\"");
        }
    }

    /** A non-negative amount with at most 6 decimals and 18 integer digits. */
    static BigDecimal amount(String field, BigDecimal value) throws RpcException {
        if (value == null) {
            throw RpcException.invalidParams(field, "is required");
        }
        if (value.signum() < 0) {
            throw RpcException.invalidParams(field, "must not be negative; got " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 6 || value.precision() - value.scale() > 18) {
            throw RpcException.invalidParams(field, "must have at most 18 digits before and 6 after the point; got "
                    + value.toPlainString());
        }
        return value;
    }

    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > 70 ? value.substring(0, 70) + "..." : value;
        return "'" + shown + "'";
    }
}
