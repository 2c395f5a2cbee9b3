package io.openemp.event.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

/**
 * Turns the properties of an {@code emp/reading/<source>} event into a {@link Sample}: {@code meter} and
 * {@code readingType} (text), {@code at} (epoch milliseconds, an ISO-8601 instant, an Instant or a Date) and
 * {@code value} (a decimal string or a number).
 */
final class BusReadings {

    private BusReadings() {
    }

    /** @throws IllegalArgumentException naming the property that is missing or malformed */
    static Sample parse(Map<String, ?> properties) {
        String meter = text(properties, "meter");
        String readingType = text(properties, "readingType");
        BigDecimal value = value(properties.get("value"));
        // Exponents like 1e999999999 parse cheaply but make every later subtraction enormous.
        if (value.scale() > 30 || value.precision() - value.scale() > 16) {
            throw new IllegalArgumentException("property value " + value + " is out of range (at most 16 integer and 30 fraction digits)");
        }
        return new Sample(meter, readingType, instant(properties.get("at")), value);
    }

    private static String text(Map<String, ?> properties, String name) {
        Object value = properties.get(name);
        if (!(value instanceof String) || ((String) value).isEmpty() || ((String) value).length() > 100) {
            throw new IllegalArgumentException("property " + name + " must be a text of 1 to 100 characters, not " + value);
        }
        return (String) value;
    }

    static Instant instant(Object at) {
        if (at instanceof Instant) {
            return (Instant) at;
        }
        if (at instanceof Date) {
            return ((Date) at).toInstant();
        }
        if (at instanceof Long || at instanceof Integer) {
            return Instant.ofEpochMilli(((Number) at).longValue());
        }
        if (at instanceof String) {
            try {
                return Instant.parse((String) at);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("property at '" + at + "' is not an ISO-8601 instant");
            }
        }
        throw new IllegalArgumentException("property at must be epoch milliseconds or an ISO-8601 instant, not " + at);
    }

    private static BigDecimal value(Object value) {
        try {
            if (value instanceof BigDecimal) {
                return (BigDecimal) value;
            }
            if (value instanceof Long || value instanceof Integer) {
                return BigDecimal.valueOf(((Number) value).longValue());
            }
            if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new IllegalArgumentException("property value must be finite, not " + d);
                }
                return BigDecimal.valueOf(d); // the shortest decimal that prints as this double
            }
            if (value instanceof String && ((String) value).length() <= 50) {
                return new BigDecimal((String) value);
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("property value must be a decimal (text or number), not " + value);
    }
}
