package io.openemp.plugin.dlt645.api;

/**
 * A data identifier: the four bytes DI3 DI2 DI1 DI0 that name a data item, written DI3 first as in the
 * standard's tables ({@code 00010000} is the current forward active total energy) and sent DI0 first
 * ({@code 00 00 01 00}, before the 33H offset).
 *
 * <p>Energy items have DI3 = 00 (DI2 the kind, DI1 the tariff, DI0 the settlement day), maximum demand DI3 = 01,
 * instantaneous variables DI3 = 02, parameters 04 and frozen data 05; {@link DataCatalogue} knows them.
 *
 * @param value DI3 in the highest byte, DI0 in the lowest
 */
public record DataId(int value) {

    /** Bytes of a data identifier on the wire. */
    public static final int LENGTH = 4;

    /** The identifier {@code di3 di2 di1 di0}, each 0..255. */
    public static DataId of(int di3, int di2, int di1, int di0) {
        for (int b : new int[] { di3, di2, di1, di0 }) {
            if (b < 0 || b > 255) {
                throw new IllegalArgumentException("a data identifier byte is 00..FF, not " + b);
            }
        }
        return new DataId(di3 << 24 | di2 << 16 | di1 << 8 | di0);
    }

    /**
     * The identifier written as 8 hex digits DI3 first, e.g. {@code 02010100}; spaces, dots and dashes between
     * bytes are ignored ({@code 02-01-01-00}).
     *
     * @throws IllegalArgumentException for other text
     */
    public static DataId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no data identifier");
        }
        String digits = text.replace(" ", "").replace(".", "").replace("-", "");
        if (digits.length() != 8) {
            throw new IllegalArgumentException("a data identifier has 8 hex digits DI3..DI0, not '" + text + "'");
        }
        int value = 0;
        for (int i = 0; i < 8; i++) {
            int digit = Character.digit(digits.charAt(i), 16);
            if (digit < 0) {
                throw new IllegalArgumentException("'" + digits.charAt(i) + "' in data identifier '" + text + "' is not a hex digit");
            }
            value = value << 4 | digit;
        }
        return new DataId(value);
    }

    /** The identifier sent DI0 first at {@code offset} (bytes already without the 33H offset). */
    static DataId read(byte[] bytes, int offset) {
        return new DataId((bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8
                | (bytes[offset + 2] & 0xFF) << 16 | (bytes[offset + 3] & 0xFF) << 24);
    }

    /** Writes DI0..DI3 into {@code target} from {@code offset}. */
    void write(byte[] target, int offset) {
        target[offset] = (byte) value;
        target[offset + 1] = (byte) (value >>> 8);
        target[offset + 2] = (byte) (value >>> 16);
        target[offset + 3] = (byte) (value >>> 24);
    }

    public int di0() {
        return value & 0xFF;
    }

    public int di1() {
        return (value >>> 8) & 0xFF;
    }

    public int di2() {
        return (value >>> 16) & 0xFF;
    }

    public int di3() {
        return value >>> 24;
    }

    /** Byte {@code index} (0 = DI0 .. 3 = DI3). */
    public int di(int index) {
        if (index < 0 || index > 3) {
            throw new IndexOutOfBoundsException("DI" + index);
        }
        return (value >>> (8 * index)) & 0xFF;
    }

    /** The same identifier with byte {@code index} replaced by {@code b}. */
    public DataId with(int index, int b) {
        if (index < 0 || index > 3 || b < 0 || b > 255) {
            throw new IllegalArgumentException("DI" + index + " = " + b);
        }
        int shift = 8 * index;
        return new DataId((value & ~(0xFF << shift)) | b << shift);
    }

    /** DI0..DI3 as sent (before the 33H offset). */
    public Bytes bytes() {
        byte[] out = new byte[LENGTH];
        write(out, 0);
        return Bytes.wrap(out);
    }

    /** 8 upper-case hex digits, DI3 first. */
    @Override
    public String toString() {
        String hex = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "00000000".substring(hex.length()) + hex;
    }
}
