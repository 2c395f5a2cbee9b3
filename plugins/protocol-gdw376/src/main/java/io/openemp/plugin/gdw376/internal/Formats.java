package io.openemp.plugin.gdw376.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;

import io.openemp.plugin.gdw376.api.BcdTime;
import io.openemp.plugin.gdw376.api.DataFormat;
import io.openemp.plugin.gdw376.api.FieldSpec;
import io.openemp.plugin.gdw376.api.FieldValue;
import io.openemp.plugin.gdw376.api.ValueStatus;

/**
 * Values of the data formats to bytes and back. Decoding gives {@code null} for bytes that are not a value of
 * the format; every value decoding accepts encodes back to the same bytes (the codec relies on it: a decoded
 * frame encodes to the bytes it came from).
 */
public final class Formats {

    private static final byte EE = (byte) 0xEE;

    private Formats() {
    }

    /** Whether {@code b[off .. off + len)} are all 0xEE (the standard's "no data"). */
    public static boolean allEe(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] != EE) {
                return false;
            }
        }
        return len > 0;
    }

    /** Whether every byte is zero. */
    public static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** The field {@code spec} decoded from {@code b[off .. off + spec.size())} (the caller checked the size). */
    public static FieldValue decode(String name, FieldSpec.Scalar spec, byte[] b, int off) {
        int size = spec.size();
        byte[] raw = Arrays.copyOfRange(b, off, off + size);
        if (spec.format() != DataFormat.COUNTER && spec.format() != DataFormat.BYTES && allEe(raw, 0, size)) {
            return new FieldValue(name, spec, ValueStatus.ABSENT, null, raw, null);
        }
        Object value = value(spec.format(), raw);
        return new FieldValue(name, spec, value == null ? ValueStatus.INVALID : ValueStatus.OK, value, raw, null);
    }

    /** The value of {@code raw} in {@code format}, or null when the bytes are not one. */
    public static Object value(DataFormat format, byte[] raw) {
        return switch (format) {
            case A1, A15, A16, A17, A18, A19, A20, A21 -> time(format, raw);
            case A2 -> a2(raw);
            case A3 -> a3(raw);
            case A4, A5, A6, A9, A25 -> signed(raw, scale(format));
            case A7, A8, A10, A11, A13, A14, A22, A23, A26, A27 -> unsigned(raw, scale(format));
            case A12 -> digits(raw);
            case BIN, COUNTER, DA, DT -> binary(raw, 0, raw.length);
            case IPV4 -> (raw[0] & 0xFF) + "." + (raw[1] & 0xFF) + "." + (raw[2] & 0xFF) + "." + (raw[3] & 0xFF);
            case ASCII -> ascii(raw);
            case BYTES -> raw.clone();
        };
    }

    /** The decimals of a fixed-point format. */
    static int scale(DataFormat format) {
        return switch (format) {
            case A5, A7, A22 -> 1;
            case A6, A11 -> 2;
            case A25, A26 -> 3;
            case A9, A13, A14, A23 -> 4;
            default -> 0;
        };
    }

    /** Unsigned little-endian binary of {@code len} bytes. */
    public static long binary(byte[] b, int off, int len) {
        long v = 0;
        for (int i = len - 1; i >= 0; i--) {
            v = v << 8 | (b[off + i] & 0xFF);
        }
        return v;
    }

    /** The BCD number of {@code raw} (low byte first), or -1 when a digit is not 0..9. */
    private static long bcd(byte[] raw, int len) {
        long v = 0;
        for (int i = len - 1; i >= 0; i--) {
            int hi = (raw[i] >> 4) & 0xF;
            int lo = raw[i] & 0xF;
            if (hi > 9 || lo > 9) {
                return -1;
            }
            v = v * 100 + hi * 10 + lo;
        }
        return v;
    }

    /** Two BCD digits; 999 (out of every range) when a digit is not 0..9. */
    private static int bcdByte(byte b) {
        int hi = (b >> 4) & 0xF;
        int lo = b & 0xF;
        return hi > 9 || lo > 9 ? 999 : hi * 10 + lo;
    }

    private static BigDecimal unsigned(byte[] raw, int scale) {
        long v = bcd(raw, raw.length);
        return v < 0 ? null : BigDecimal.valueOf(v, scale);
    }

    /** Sign in D7 of the high byte, digits below; a negative zero is no value. */
    private static BigDecimal signed(byte[] raw, int scale) {
        byte[] masked = raw.clone();
        boolean negative = (masked[masked.length - 1] & 0x80) != 0;
        masked[masked.length - 1] &= 0x7F;
        long v = bcd(masked, masked.length);
        if (v < 0 || (negative && v == 0)) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -v : v, scale);
    }

    /** A.2: three digits, sign in D4 and exponent code G in D7..D5 of the high byte: × 10^(4 - G). */
    private static BigDecimal a2(byte[] raw) {
        int high = raw[1] & 0xFF;
        int hundreds = high & 0x0F;
        int low = bcdByte(raw[0]);
        if (hundreds > 9 || low > 99) {
            return null;
        }
        long v = hundreds * 100L + low;
        boolean negative = (high & 0x10) != 0;
        if (negative && v == 0) {
            return null;
        }
        int g = high >>> 5;
        return BigDecimal.valueOf(negative ? -v : v, g - 4);
    }

    /** A.3: seven digits, sign in D4, G in D6 (× 1000); D7 and D5 reserved (zero). */
    private static BigDecimal a3(byte[] raw) {
        int high = raw[3] & 0xFF;
        if ((high & 0xA0) != 0 || (high & 0x0F) > 9) {
            return null;
        }
        long low = bcd(raw, 3);
        if (low < 0) {
            return null;
        }
        long v = (high & 0x0F) * 1_000_000L + low;
        boolean negative = (high & 0x10) != 0;
        if (negative && v == 0) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -v : v, (high & 0x40) != 0 ? -3 : 0);
    }

    private static String digits(byte[] raw) {
        StringBuilder out = new StringBuilder(raw.length * 2);
        for (int i = raw.length - 1; i >= 0; i--) {
            int hi = (raw[i] >> 4) & 0xF;
            int lo = raw[i] & 0xF;
            if (hi > 9 || lo > 9) {
                return null;
            }
            out.append((char) ('0' + hi)).append((char) ('0' + lo));
        }
        return out.toString();
    }

    /** Printable ASCII, then only NUL padding. */
    private static String ascii(byte[] raw) {
        int end = raw.length;
        while (end > 0 && raw[end - 1] == 0) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (raw[i] < 0x20 || raw[i] > 0x7E) {
                return null;
            }
        }
        return new String(raw, 0, end, StandardCharsets.US_ASCII);
    }

    private static BcdTime time(DataFormat format, byte[] raw) {
        int a = BcdTime.ABSENT;
        int year = a;
        int month = a;
        int day = a;
        int hour = a;
        int minute = a;
        int second = a;
        int weekday = a;
        switch (format) {
            case A1 -> {
                second = bcdByte(raw[0]);
                minute = bcdByte(raw[1]);
                hour = bcdByte(raw[2]);
                day = bcdByte(raw[3]);
                weekday = (raw[4] & 0xE0) >>> 5;
                month = bcdByte((byte) (raw[4] & 0x1F));
                year = year(raw[5]);
            }
            case A15 -> {
                minute = bcdByte(raw[0]);
                hour = bcdByte(raw[1]);
                day = bcdByte(raw[2]);
                month = bcdByte(raw[3]);
                year = year(raw[4]);
            }
            case A16 -> {
                second = bcdByte(raw[0]);
                minute = bcdByte(raw[1]);
                hour = bcdByte(raw[2]);
                day = bcdByte(raw[3]);
            }
            case A17 -> {
                minute = bcdByte(raw[0]);
                hour = bcdByte(raw[1]);
                day = bcdByte(raw[2]);
                month = bcdByte(raw[3]);
            }
            case A18 -> {
                minute = bcdByte(raw[0]);
                hour = bcdByte(raw[1]);
                day = bcdByte(raw[2]);
            }
            case A19 -> {
                minute = bcdByte(raw[0]);
                hour = bcdByte(raw[1]);
            }
            case A20 -> {
                day = bcdByte(raw[0]);
                month = bcdByte(raw[1]);
                year = year(raw[2]);
            }
            case A21 -> {
                month = bcdByte(raw[0]);
                year = year(raw[1]);
            }
            default -> throw new IllegalStateException(format.name());
        }
        if (year > 2099) {
            return null;
        }
        if ((month != a && (month < 1 || month > 12)) || (day != a && (day < 1 || day > 31))
                || (hour != a && hour > 23) || (minute != a && minute > 59) || (second != a && second > 59)) {
            return null;
        }
        if (year != a && month != a && day != a && day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return new BcdTime(format, year, month, day, hour, minute, second, weekday);
    }

    /** 2000 + the two digits; a bad BCD byte gives a year past 2099, which decoding refuses. */
    private static int year(byte b) {
        int yy = bcdByte(b);
        return yy < 0 ? 9999 : 2000 + yy;
    }

    // ---------------------------------------------------------------- encoding

    /** Writes {@code value} in {@code spec}'s format at {@code out[off ..]}. */
    public static void encode(FieldSpec.Scalar spec, Object value, byte[] out, int off) {
        int size = spec.size();
        DataFormat format = spec.format();
        try {
            switch (format) {
                case A1, A15, A16, A17, A18, A19, A20, A21 -> encodeTime(format, (BcdTime) value, out, off);
                case A2 -> encodeA2(decimal(value), out, off);
                case A3 -> encodeA3(decimal(value), out, off);
                case A4, A5, A6, A9, A25 -> encodeFixed(decimal(value), scale(format), true, size, out, off, format);
                case A7, A8, A10, A11, A13, A14, A22, A23, A26, A27 ->
                        encodeFixed(decimal(value), scale(format), false, size, out, off, format);
                case A12 -> encodeDigits((String) value, size, out, off);
                case BIN, COUNTER, DA, DT -> encodeBinary(((Number) value).longValue(), size, out, off);
                case IPV4 -> encodeIp((String) value, out, off);
                case ASCII -> encodeAscii((String) value, size, out, off);
                case BYTES -> {
                    byte[] bytes = (byte[]) value;
                    if (bytes.length != size) {
                        throw new IllegalArgumentException(size + " bytes expected, not " + bytes.length);
                    }
                    System.arraycopy(bytes, 0, out, off, size);
                }
            }
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(spec.name() + ": a " + format.kind() + " value is needed for "
                    + format.title() + ", not " + value.getClass().getSimpleName());
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof String s) {
            return new BigDecimal(s);
        }
        throw new ClassCastException();
    }

    private static void putBcd(long v, int bytes, byte[] out, int off) {
        for (int i = 0; i < bytes; i++) {
            int pair = (int) (v % 100);
            v /= 100;
            out[off + i] = (byte) ((pair / 10) << 4 | pair % 10);
        }
    }

    private static void encodeFixed(BigDecimal value, int scale, boolean signed, int size, byte[] out, int off,
            DataFormat format) {
        BigInteger unscaled;
        try {
            unscaled = value.setScale(scale).unscaledValue();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(value + " has more than " + scale + " decimals for " + format.title());
        }
        if (!signed && unscaled.signum() < 0) {
            throw new IllegalArgumentException(format.title() + " cannot hold the negative " + value);
        }
        BigInteger limit = signed ? BigInteger.valueOf(8).multiply(BigInteger.TEN.pow(2 * size - 1))
                : BigInteger.TEN.pow(2 * size);
        if (unscaled.abs().compareTo(limit) >= 0) {
            throw new IllegalArgumentException(value + " is too large for " + format.title());
        }
        putBcd(unscaled.abs().longValue(), size, out, off);
        if (unscaled.signum() < 0) {
            out[off + size - 1] |= (byte) 0x80;
        }
    }

    private static void encodeA2(BigDecimal value, byte[] out, int off) {
        BigDecimal v = value;
        if (v.scale() < -4 || v.scale() > 3 || v.unscaledValue().abs().compareTo(BigInteger.valueOf(999)) > 0) {
            v = v.stripTrailingZeros();
            if (v.scale() < -4) {
                v = v.setScale(-4);
            }
        }
        if (v.scale() > 3 || v.unscaledValue().abs().compareTo(BigInteger.valueOf(999)) > 0) {
            throw new IllegalArgumentException(value + " does not fit A.2 (three digits times 10^-3 .. 10^4)");
        }
        long n = v.unscaledValue().abs().longValue();
        putBcd(n % 100, 1, out, off);
        int g = v.scale() + 4;
        out[off + 1] = (byte) (g << 5 | (v.signum() < 0 ? 0x10 : 0) | (int) (n / 100));
    }

    private static void encodeA3(BigDecimal value, byte[] out, int off) {
        BigDecimal v = value;
        boolean thousands;
        if (v.scale() == -3 && v.unscaledValue().abs().compareTo(BigInteger.valueOf(9_999_999)) <= 0) {
            thousands = true;
        } else {
            try {
                v = v.setScale(0);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(value + " is not a whole number for A.3");
            }
            thousands = v.unscaledValue().abs().compareTo(BigInteger.valueOf(9_999_999)) > 0;
            if (thousands) {
                try {
                    v = v.setScale(-3);
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException(value + " does not fit A.3");
                }
            }
        }
        BigInteger n = v.unscaledValue().abs();
        if (n.compareTo(BigInteger.valueOf(9_999_999)) > 0) {
            throw new IllegalArgumentException(value + " does not fit A.3");
        }
        long digits = n.longValue();
        putBcd(digits % 1_000_000, 3, out, off);
        out[off + 3] = (byte) ((thousands ? 0x40 : 0) | (v.signum() < 0 ? 0x10 : 0) | (int) (digits / 1_000_000));
    }

    private static void encodeDigits(String digits, int size, byte[] out, int off) {
        if (digits == null || !digits.matches("[0-9]{" + (2 * size) + "}")) {
            throw new IllegalArgumentException((2 * size) + " decimal digits expected, not " + digits);
        }
        for (int i = 0; i < size; i++) {
            int at = 2 * (size - 1 - i);
            out[off + i] = (byte) ((digits.charAt(at) - '0') << 4 | (digits.charAt(at + 1) - '0'));
        }
    }

    private static void encodeBinary(long value, int size, byte[] out, int off) {
        if (value < 0 || (size < 8 && value >>> (8 * size) != 0)) {
            throw new IllegalArgumentException(value + " does not fit " + size + " byte(s)");
        }
        for (int i = 0; i < size; i++) {
            out[off + i] = (byte) (value >>> (8 * i));
        }
    }

    private static void encodeIp(String ip, byte[] out, int off) {
        String[] parts = ip == null ? new String[0] : ip.split("\\.");
        if (parts.length != 4) {
            throw new IllegalArgumentException("an IPv4 address a.b.c.d expected, not " + ip);
        }
        for (int i = 0; i < 4; i++) {
            int v = Integer.parseInt(parts[i]);
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("an IPv4 address a.b.c.d expected, not " + ip);
            }
            out[off + i] = (byte) v;
        }
    }

    private static void encodeAscii(String text, int size, byte[] out, int off) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length > size || !text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw new IllegalArgumentException("printable ASCII of at most " + size + " characters expected, not " + text);
        }
        Arrays.fill(out, off, off + size, (byte) 0);
        System.arraycopy(bytes, 0, out, off, bytes.length);
    }

    private static void encodeTime(DataFormat format, BcdTime t, byte[] out, int off) {
        if (t.format() != format) {
            throw new IllegalArgumentException("a " + format.title() + " time expected, not " + t.format().title());
        }
        switch (format) {
            case A1 -> {
                put(out, off, t.second(), t.minute(), t.hour(), t.day());
                out[off + 4] = (byte) (Math.max(t.weekday(), 0) << 5 | bcd2(t.month()));
                out[off + 5] = bcd2(t.year() - 2000);
            }
            case A15 -> put(out, off, t.minute(), t.hour(), t.day(), t.month(), t.year() - 2000);
            case A16 -> put(out, off, t.second(), t.minute(), t.hour(), t.day());
            case A17 -> put(out, off, t.minute(), t.hour(), t.day(), t.month());
            case A18 -> put(out, off, t.minute(), t.hour(), t.day());
            case A19 -> put(out, off, t.minute(), t.hour());
            case A20 -> put(out, off, t.day(), t.month(), t.year() - 2000);
            case A21 -> put(out, off, t.month(), t.year() - 2000);
            default -> throw new IllegalStateException(format.name());
        }
    }

    private static void put(byte[] out, int off, int... values) {
        for (int i = 0; i < values.length; i++) {
            out[off + i] = bcd2(values[i]);
        }
    }

    private static byte bcd2(int v) {
        if (v < 0 || v > 99) {
            throw new IllegalArgumentException(v + " does not fit two BCD digits");
        }
        return (byte) ((v / 10) << 4 | v % 10);
    }
}
