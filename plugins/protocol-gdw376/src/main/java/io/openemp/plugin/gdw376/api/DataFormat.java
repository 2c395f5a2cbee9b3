package io.openemp.plugin.gdw376.api;

/**
 * The data formats of a field: the formats A.1 .. A.27 of the standard's appendix A (BCD numbers and times,
 * low byte first) and the plain encodings the Fn tables use besides (binary, IPv4, ASCII, bytes, DA, DT).
 *
 * <p>The Java type a decoded value has is given by {@link #kind()}: {@link Kind#DECIMAL} values are
 * {@link java.math.BigDecimal}s whose scale is the format's (A.14 gives four decimals; A.2 and A.3 carry their
 * exponent in the scale), {@link Kind#TIME} values are {@link BcdTime}s, {@link Kind#DIGITS} and
 * {@link Kind#TEXT} values are Strings, {@link Kind#INTEGER} values are Longs and {@link Kind#BYTES} values are
 * byte arrays. A field whose bytes are all 0xEE is absent (the standard's "no data"), whatever its format.
 */
public enum DataFormat {
    A1(6, Kind.TIME, "second minute hour day weekday+month year"),
    A2(2, Kind.DECIMAL, "±XXX × 10^n, the exponent in D7..D5 of the high byte"),
    A3(4, Kind.DECIMAL, "±XXXXXXX, × 1000 when G (D6 of the high byte) is set"),
    A4(1, Kind.DECIMAL, "±XX"),
    A5(2, Kind.DECIMAL, "±XXX.X"),
    A6(2, Kind.DECIMAL, "±XX.XX"),
    A7(2, Kind.DECIMAL, "XXX.X"),
    A8(2, Kind.DECIMAL, "XXXX"),
    A9(3, Kind.DECIMAL, "±XX.XXXX"),
    A10(3, Kind.DECIMAL, "XXXXXX"),
    A11(4, Kind.DECIMAL, "XXXXXX.XX"),
    A12(6, Kind.DIGITS, "XXXXXXXXXXXX (an address)"),
    A13(4, Kind.DECIMAL, "XXXX.XXXX"),
    A14(5, Kind.DECIMAL, "XXXXXX.XXXX"),
    A15(5, Kind.TIME, "minute hour day month year"),
    A16(4, Kind.TIME, "second minute hour day"),
    A17(4, Kind.TIME, "minute hour day month"),
    A18(3, Kind.TIME, "minute hour day"),
    A19(2, Kind.TIME, "minute hour"),
    A20(3, Kind.TIME, "day month year"),
    A21(2, Kind.TIME, "month year"),
    A22(1, Kind.DECIMAL, "X.X"),
    A23(3, Kind.DECIMAL, "XX.XXXX"),
    A25(3, Kind.DECIMAL, "±XXX.XXX"),
    A26(2, Kind.DECIMAL, "X.XXX"),
    A27(4, Kind.DECIMAL, "XXXXXXXX"),
    /** Unsigned binary, low byte first; its size is the field's (1..8 bytes). */
    BIN(0, Kind.INTEGER, "unsigned binary, low byte first"),
    /**
     * Unsigned binary for counters and pointers that run through every value (event counters, event pointers):
     * all-0xEE bytes are a value here, never "absent".
     */
    COUNTER(0, Kind.INTEGER, "unsigned binary counter or pointer, low byte first"),
    /** Four bytes, the first octet first. */
    IPV4(4, Kind.TEXT, "IPv4 address, first octet first"),
    /** ASCII text of the field's size, padded with NUL. */
    ASCII(0, Kind.TEXT, "ASCII text, NUL padded"),
    /** Bytes taken as they are. */
    BYTES(0, Kind.BYTES, "bytes"),
    /** A data unit's DA inside a body (e.g. AFN 00 F3). */
    DA(2, Kind.INTEGER, "information points DA1 DA2"),
    /** A data unit's DT inside a body. */
    DT(2, Kind.INTEGER, "information classes DT1 DT2");

    /** The Java type of the format's values. */
    public enum Kind {
        /** {@link java.math.BigDecimal}. */
        DECIMAL,
        /** {@link BcdTime}. */
        TIME,
        /** A String of decimal digits. */
        DIGITS,
        /** A Long. */
        INTEGER,
        /** A String. */
        TEXT,
        /** A byte array. */
        BYTES
    }

    private final int size;
    private final Kind kind;
    private final String layout;

    DataFormat(int size, Kind kind, String layout) {
        this.size = size;
        this.kind = kind;
        this.layout = layout;
    }

    /** The size in bytes, or 0 when the field gives it (BIN, ASCII, BYTES). */
    public int size() {
        return size;
    }

    public Kind kind() {
        return kind;
    }

    /** How the bytes are laid out, in words. */
    public String layout() {
        return layout;
    }

    /** The appendix's name, "A.14", or the plain encoding's name. */
    public String title() {
        return name().startsWith("A") && name().length() > 1 && Character.isDigit(name().charAt(1))
                ? "A." + name().substring(1) : name();
    }

    /** Whether the value can be negative (a sign bit in the high byte). */
    public boolean signed() {
        return this == A2 || this == A3 || this == A4 || this == A5 || this == A6 || this == A9 || this == A25;
    }
}
