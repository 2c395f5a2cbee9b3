package io.openemp.data.metering.internal.store;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import io.openemp.data.metering.api.MeteringException;

/** Field checks shared by every kind: each returns the clean value or throws naming the field. */
final class Checks {

    static final int MRID_MAX = 64;
    private static final Pattern MRID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{1,32}");

    private Checks() {
    }

    /** A required mRID: 1..64 of letters, digits, {@code . _ : -}, starting with a letter or digit. */
    static String mrid(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new MeteringException(field, "required");
        }
        if (!MRID.matcher(value).matches()) {
            throw new MeteringException(field, "'" + shorten(value) + "' is not an mRID: 1 to " + MRID_MAX
                    + " letters, digits or . _ : - starting with a letter or digit");
        }
        return value;
    }

    /** An optional mRID reference: {@code null} or blank gives {@code null}. */
    static String optionalMrid(String field, String value) {
        return value == null || value.isBlank() ? null : mrid(field, value);
    }

    /** Required text, trimmed, 1..max characters, no control characters. */
    static String text(String field, String value, int max) {
        String clean = optionalText(field, value, max);
        if (clean == null) {
            throw new MeteringException(field, "required");
        }
        return clean;
    }

    /** Optional text, trimmed; blank gives {@code null}. */
    static String optionalText(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() > max) {
            throw new MeteringException(field, "longer than " + max + " characters");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw new MeteringException(field, "contains control characters");
        }
        return clean;
    }

    static String phone(String field, String value) {
        String clean = optionalText(field, value, 32);
        if (clean != null && !PHONE.matcher(clean).matches()) {
            throw new MeteringException(field, "'" + shorten(clean) + "' is not a phone number (digits, spaces, + - ( ))");
        }
        return clean;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new MeteringException(field, "required");
        }
        return value;
    }

    /** An IANA time zone such as {@code Asia/Shanghai}. */
    static String zone(String field, String value) {
        String clean = text(field, value, 64);
        try {
            return ZoneId.of(clean).getId();
        } catch (DateTimeException e) {
            throw new MeteringException(field, "'" + shorten(clean) + "' is not a time zone; use an IANA name such as Asia/Shanghai");
        }
    }

    /**
     * A decimal above 0 and at most {@code max} with at most {@code scale} decimals; {@code fallback} when
     * {@code null}.
     */
    static BigDecimal positive(String field, BigDecimal value, BigDecimal fallback, long max, int scale) {
        if (value == null) {
            return fallback;
        }
        if (value.signum() <= 0) {
            throw new MeteringException(field, "must be greater than 0, not " + value.toPlainString());
        }
        return bounded(field, value, BigDecimal.ZERO, BigDecimal.valueOf(max), scale);
    }

    /** A decimal within {@code min..max} with at most {@code scale} decimals, or {@code null}. */
    static BigDecimal bounded(String field, BigDecimal value, BigDecimal min, BigDecimal max, int scale) {
        if (value == null) {
            return null;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new MeteringException(field, value.toPlainString() + " is outside " + min.toPlainString() + ".."
                    + max.toPlainString());
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new MeteringException(field, value.toPlainString() + " has more than " + scale + " decimals");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The constant of {@code type} named {@code value} (any case), for filters and CSV cells. */
    static <E extends Enum<E>> E constant(String field, Class<E> type, String value) {
        String clean = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(clean)) {
                return constant;
            }
        }
        throw new MeteringException(field, "'" + shorten(value) + "' is not one of "
                + Arrays.toString(type.getEnumConstants()));
    }

    /** A value as it may appear in a message: at most 40 characters, control characters replaced. */
    static String shorten(String value) {
        String visible = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() <= 40 ? visible : visible.substring(0, 37) + "...";
    }
}
