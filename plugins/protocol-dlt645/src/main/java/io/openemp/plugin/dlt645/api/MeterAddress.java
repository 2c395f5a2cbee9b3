package io.openemp.plugin.dlt645.api;

/**
 * A meter's communication address: 12 BCD digits in 6 bytes A0..A5, sent low byte first (A0 holds the two
 * lowest digits). Written as 12 characters, most significant first, as on the meter's nameplate:
 * {@code 000000000161} goes on the wire as {@code 61 01 00 00 00 00}.
 *
 * <p>A digit may also be {@code A}: {@code AAAAAAAAAAAA} is the wildcard address of the read-address request, and
 * a shortened address fills its high bytes with {@code AA}. {@code 999999999999} is the broadcast address.
 *
 * @param value the 6 bytes as a 48-bit number, A5 in the highest byte (so its hex form is the written address)
 */
public record MeterAddress(long value) {

    /** The broadcast address, {@code 999999999999}. */
    public static final MeterAddress BROADCAST = new MeterAddress(0x999999999999L);

    /** The wildcard address, {@code AAAAAAAAAAAA}: any single meter on the bus answers. */
    public static final MeterAddress WILDCARD = new MeterAddress(0xAAAAAAAAAAAAL);

    /** Bytes of an address on the wire. */
    public static final int LENGTH = 6;

    public MeterAddress {
        if ((value & ~0xFFFFFFFFFFFFL) != 0 || !validDigits(value)) {
            throw new IllegalArgumentException("not a meter address (12 digits 0-9 or A): " + Long.toHexString(value));
        }
    }

    /**
     * The address written as up to 12 digits (0-9, or A as a wildcard), most significant first; fewer than 12
     * digits are padded with leading zeros. Spaces are ignored.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static MeterAddress parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no address");
        }
        String digits = text.replace(" ", "");
        if (digits.isEmpty() || digits.length() > 12) {
            throw new IllegalArgumentException("a meter address has 1 to 12 digits, not '" + text + "'");
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c == 'A' || c == 'a') {
                digit = 0xA;
            } else {
                throw new IllegalArgumentException("'" + c + "' in meter address '" + text + "' is not a digit 0-9 or the wildcard A");
            }
            value = value << 4 | digit;
        }
        return new MeterAddress(value);
    }

    /** The address of the 6 bytes A0..A5 at {@code offset}, or {@code null} when a nibble is above A. */
    static MeterAddress read(byte[] bytes, int offset) {
        long value = 0;
        for (int i = LENGTH - 1; i >= 0; i--) {
            value = value << 8 | (bytes[offset + i] & 0xFF);
        }
        return validDigits(value) ? new MeterAddress(value) : null;
    }

    /** Index (0..5) of the first byte A0..A5 at {@code offset} with a nibble above A, or -1. */
    static int firstInvalidByte(byte[] bytes, int offset) {
        for (int i = 0; i < LENGTH; i++) {
            int b = bytes[offset + i] & 0xFF;
            if ((b & 0x0F) > 0x0A || (b >>> 4) > 0x0A) {
                return i;
            }
        }
        return -1;
    }

    /** Writes A0..A5 into {@code target} from {@code offset}. */
    void write(byte[] target, int offset) {
        for (int i = 0; i < LENGTH; i++) {
            target[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    /** A0..A5 as sent. */
    public Bytes bytes() {
        byte[] out = new byte[LENGTH];
        write(out, 0);
        return Bytes.wrap(out);
    }

    public boolean isBroadcast() {
        return value == BROADCAST.value;
    }

    /** Whether any digit is the wildcard A (the wildcard address, or a shortened one). */
    public boolean hasWildcard() {
        for (int i = 0; i < 12; i++) {
            if (((value >>> (4 * i)) & 0x0F) == 0x0A) {
                return true;
            }
        }
        return false;
    }

    /** Whether every digit is 0-9 (no wildcard): the address of one meter, or the broadcast address. */
    public boolean isBcd() {
        return !hasWildcard();
    }

    private static boolean validDigits(long value) {
        for (int i = 0; i < 12; i++) {
            if (((value >>> (4 * i)) & 0x0F) > 0x0A) {
                return false;
            }
        }
        return true;
    }

    /** The 12 digits, most significant first, e.g. {@code 000000000161}. */
    @Override
    public String toString() {
        String hex = Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "000000000000".substring(hex.length()) + hex;
    }
}
