package io.openemp.plugin.dlt645.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The format of one value field, as the standard writes it: {@code XXXXXX.XX} (a packed BCD number with two
 * decimals), {@code NNNNNNNNNNNN} (a string of digits) or a date-time such as {@code YYMMDDhhmm}. On the wire the
 * bytes go least significant first: {@code 000123.45} is {@code 45 23 01 00}, {@code YYMMDDhhmm} is sent
 * {@code mm hh DD MM YY}.
 *
 * <p>A signed number keeps its sign in the top bit of its most significant byte (the last one sent), the other
 * 7 bits and bytes being the BCD magnitude: {@code -12.34} as {@code XX.XX} is {@code 34 92}; the largest
 * magnitude of a signed {@code XXXXXX.XX} is therefore 799999.99.
 *
 * @param pattern the format as written, e.g. {@code XXX.XXX}
 * @param kind number, digit string or date-time
 * @param length bytes on the wire
 * @param decimals digits after the point (numbers only)
 * @param signed whether the top bit is a sign (numbers only)
 */
public record FieldFormat(String pattern, Kind kind, int length, int decimals, boolean signed) {

    /** What a field holds. */
    public enum Kind {
        /** A decimal number: decoded to {@link BigDecimal}. */
        NUMBER,
        /** A string of decimal digits (an address, a meter number). */
        DIGITS,
        /** A date, a time or both, from units YY MM DD WW hh mm ss. */
        DATE_TIME
    }

    private static final String HEX_DIGITS = "0123456789ABCDEF";
    private static final List<String> UNITS = List.of("YY", "MM", "DD", "WW", "hh", "mm", "ss");

    public FieldFormat {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The format written {@code pattern}.
     *
     * @param signed whether a number's top bit is its sign
     * @throws IllegalArgumentException when the pattern is none of the three kinds, has an odd number of digits
     *         or more than 18, or is signed without being a number
     */
    public static FieldFormat parse(String pattern, boolean signed) {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.matches("X+(\\.X+)?")) {
            int point = pattern.indexOf('.');
            int digits = pattern.length() - (point < 0 ? 0 : 1);
            if (digits % 2 != 0 || digits > 18) {
                throw new IllegalArgumentException("a number format has an even number of digits, at most 18: " + pattern);
            }
            return new FieldFormat(pattern, Kind.NUMBER, digits / 2, point < 0 ? 0 : pattern.length() - point - 1, signed);
        }
        if (signed) {
            throw new IllegalArgumentException("only numbers are signed, not " + pattern);
        }
        if (pattern.matches("N+")) {
            if (pattern.length() % 2 != 0) {
                throw new IllegalArgumentException("a digit string has an even number of digits: " + pattern);
            }
            return new FieldFormat(pattern, Kind.DIGITS, pattern.length() / 2, 0, false);
        }
        if (pattern.length() % 2 == 0 && !pattern.isEmpty()) {
            List<String> units = units(pattern);
            if (units.stream().allMatch(UNITS::contains) && units.stream().distinct().count() == units.size()) {
                return new FieldFormat(pattern, Kind.DATE_TIME, units.size(), 0, false);
            }
        }
        throw new IllegalArgumentException("not a DL/T 645 data format: " + pattern);
    }

    /** The date-time units, most significant first. */
    private static List<String> units(String pattern) {
        String[] units = new String[pattern.length() / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = pattern.substring(2 * i, 2 * i + 2);
        }
        return List.of(units);
    }

    /** Index 0..length-1 of the first byte from {@code offset} that is not valid for this format, or -1. */
    int invalidByte(Bytes wire, int offset) {
        for (int i = 0; i < length; i++) {
            int b = wire.get(offset + i);
            if (signed && i == length - 1) {
                b &= 0x7F;
            }
            if (!Bcd.valid(b)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Decodes the field at {@code offset}; the caller has checked {@link #invalidByte}.
     *
     * @param id the data identifier the value belongs to, or {@code null}
     */
    FieldValue decode(Bytes wire, int offset, DataId id, String name, String unit) {
        char[] raw = new char[2 * length];
        for (int i = 0; i < length; i++) {
            int b = wire.get(offset + length - 1 - i);
            raw[2 * i] = HEX_DIGITS.charAt(b >>> 4);
            raw[2 * i + 1] = HEX_DIGITS.charAt(b & 0x0F);
        }
        String digits = new String(raw);
        switch (kind) {
            case NUMBER: {
                long unscaled = 0;
                boolean negative = false;
                for (int i = length - 1; i >= 0; i--) {
                    int b = wire.get(offset + i);
                    if (signed && i == length - 1) {
                        negative = (b & 0x80) != 0;
                        b &= 0x7F;
                    }
                    unscaled = unscaled * 100 + Bcd.value(b);
                }
                BigDecimal number = BigDecimal.valueOf(negative ? -unscaled : unscaled, decimals);
                return new FieldValue(id, name, this, unit, number, null, digits, number.toPlainString());
            }
            case DIGITS:
                return new FieldValue(id, name, this, unit, null, null, digits, digits);
            default: {
                Temporal time = temporal(digits);
                return new FieldValue(id, name, this, unit, null, time, digits, time == null ? digits + " (" + pattern + ": not a real date or time)" : text(time));
            }
        }
    }

    /** The value of {@code wire}, exactly this field's bytes, or a rejection naming the bad byte. Never throws. */
    public ValueDecoding decode(Bytes wire) {
        if (wire.length() != length) {
            return ValueDecoding.rejected(new Rejection(RejectReason.BAD_VALUE_LENGTH, 0,
                    pattern + " has " + length + " bytes, not " + wire.length()));
        }
        int bad = invalidByte(wire, 0);
        if (bad >= 0) {
            return ValueDecoding.rejected(new Rejection(RejectReason.BAD_BCD, bad, pattern + ": byte " + Hex.byteHex(wire.get(bad)) + "H"));
        }
        return ValueDecoding.of(List.of(decode(wire, 0, null, pattern, "")));
    }

    private Temporal temporal(String digits) {
        List<String> units = units(pattern);
        int year = -1, month = -1, day = -1, week = -1, hour = -1, minute = -1, second = -1;
        for (int i = 0; i < units.size(); i++) {
            int v = Integer.parseInt(digits.substring(2 * i, 2 * i + 2));
            switch (units.get(i)) {
                case "YY": year = 2000 + v; break;
                case "MM": month = v; break;
                case "DD": day = v; break;
                case "WW": week = v; break;
                case "hh": hour = v; break;
                case "mm": minute = v; break;
                default: second = v; break;
            }
        }
        try {
            if (week > 6) {
                return null;
            }
            if (year >= 0 && month >= 0 && day >= 0) {
                LocalDate date = LocalDate.of(year, month, day);
                if (hour < 0) {
                    return minute < 0 && second < 0 ? date : null;
                }
                return LocalDateTime.of(date, LocalTime.of(hour, Math.max(minute, 0), Math.max(second, 0)));
            }
            if (year < 0 && month < 0 && day < 0 && week < 0 && hour >= 0 && minute >= 0) {
                return LocalTime.of(hour, minute, Math.max(second, 0));
            }
            return null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private String text(Temporal time) {
        boolean seconds = pattern.contains("ss");
        if (time instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate() + " " + clock(dateTime.toLocalTime(), seconds);
        }
        if (time instanceof LocalTime clock) {
            return clock(clock, seconds);
        }
        return time.toString();
    }

    private static String clock(LocalTime time, boolean seconds) {
        return seconds ? String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond())
                : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /**
     * The field's bytes (before the 33H offset, least significant first) for {@code value}: a {@link BigDecimal}
     * or other {@link Number} for a number; a string of {@code 2 * length} digits for a digit string or a date-time;
     * a {@link LocalDateTime}, {@link LocalDate} or {@link LocalTime} for a date-time; or a {@link FieldValue}
     * decoded from this format (its bytes come back exactly).
     *
     * @throws IllegalArgumentException when the value does not fit: more decimals than the format has, too large,
     *         negative for an unsigned number, a time that lacks a unit of the pattern or has a year outside
     *         2000..2099
     */
    public Bytes encode(Object value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof FieldValue field) {
            return digits(field.raw(), true);
        }
        switch (kind) {
            case NUMBER:
                return number(value);
            case DIGITS:
                if (!(value instanceof String text)) {
                    throw new IllegalArgumentException(pattern + " takes a string of " + 2 * length + " digits, not " + value);
                }
                return digits(text, false);
            default:
                if (value instanceof String text) {
                    return digits(text, false);
                }
                if (value instanceof Temporal time) {
                    return time(time);
                }
                throw new IllegalArgumentException(pattern + " takes a date-time or a string of digits, not " + value);
        }
    }

    private Bytes number(Object value) {
        BigDecimal number;
        if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof Number n) {
            number = new BigDecimal(n.toString());
        } else {
            throw new IllegalArgumentException(pattern + " takes a number, not " + value);
        }
        BigInteger unscaled;
        try {
            unscaled = number.setScale(decimals).unscaledValue();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(number.toPlainString() + " has more than " + decimals + " decimals for " + pattern);
        }
        boolean negative = unscaled.signum() < 0;
        if (negative && !signed) {
            throw new IllegalArgumentException(pattern + " is unsigned: " + number.toPlainString() + " does not fit");
        }
        BigInteger magnitude = unscaled.abs();
        BigInteger limit = BigInteger.TEN.pow(2 * length);
        if (signed) {
            limit = limit.divide(BigInteger.TEN).multiply(BigInteger.valueOf(8));
        }
        if (magnitude.compareTo(limit) >= 0) {
            throw new IllegalArgumentException(number.toPlainString() + " is too large for " + (signed ? "signed " : "") + pattern);
        }
        long m = magnitude.longValueExact();
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = Bcd.encode((int) (m % 100));
            m /= 100;
        }
        if (negative) {
            out[length - 1] |= (byte) 0x80;
        }
        return Bytes.wrap(out);
    }

    /** Bytes from digits written most significant first; {@code allowSign} lets a signed number's top bit through. */
    private Bytes digits(String text, boolean allowSign) {
        if (text.length() != 2 * length) {
            throw new IllegalArgumentException(pattern + " takes " + 2 * length + " digits, not '" + text + "'");
        }
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            int high = Character.digit(text.charAt(2 * i), 16);
            int low = Character.digit(text.charAt(2 * i + 1), 16);
            int b = high << 4 | low;
            boolean top = i == 0;
            int checked = allowSign && signed && top ? b & 0x7F : b;
            if (high < 0 || low < 0 || !Bcd.valid(checked)) {
                throw new IllegalArgumentException("'" + text + "' is not made of decimal digits for " + pattern);
            }
            out[length - 1 - i] = (byte) b;
        }
        return Bytes.wrap(out);
    }

    private Bytes time(Temporal time) {
        List<String> units = units(pattern);
        StringBuilder digits = new StringBuilder();
        for (String unit : units) {
            int v;
            try {
                switch (unit) {
                    case "YY":
                        int year = time.get(ChronoField.YEAR);
                        if (year < 2000 || year > 2099) {
                            throw new IllegalArgumentException("a DL/T 645 year is 2000..2099, not " + year);
                        }
                        v = year - 2000;
                        break;
                    case "MM": v = time.get(ChronoField.MONTH_OF_YEAR); break;
                    case "DD": v = time.get(ChronoField.DAY_OF_MONTH); break;
                    case "WW": v = time.get(ChronoField.DAY_OF_WEEK) % 7; break;
                    case "hh": v = time.get(ChronoField.HOUR_OF_DAY); break;
                    case "mm": v = time.get(ChronoField.MINUTE_OF_HOUR); break;
                    default: v = time.get(ChronoField.SECOND_OF_MINUTE); break;
                }
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(pattern + " needs " + unit + ", which " + time + " does not have");
            }
            digits.append(String.format(Locale.ROOT, "%02d", v));
        }
        return digits(digits.toString(), false);
    }

    /** E.g. {@code XXXXXX.XX signed}. */
    @Override
    public String toString() {
        return signed ? pattern + " signed" : pattern;
    }
}
