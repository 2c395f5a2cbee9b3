package io.openemp.plugin.gdw376.api;

/** Hex text to bytes and back, tolerant of the ways people paste frames. */
public final class Hex {

    private Hex() {
    }

    /**
     * The bytes of {@code text}: pairs of hex digits, with any spaces, tabs, line breaks, commas, colons or
     * dashes between them and an optional "0x" before each byte ("68 32 00", "0x68,0x32", "683200").
     *
     * @throws IllegalArgumentException naming the first character that is not hex, or an odd digit count
     */
    public static byte[] parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no hex given");
        }
        byte[] out = new byte[text.length() / 2 + 1];
        int n = 0;
        int high = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '0' && high < 0 && i + 1 < text.length() && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) {
                i++;
                continue;
            }
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                if (Character.isWhitespace(c) || c == ',' || c == ':' || c == '-') {
                    if (high >= 0) {
                        throw new IllegalArgumentException("a lone hex digit before position " + i);
                    }
                    continue;
                }
                throw new IllegalArgumentException("'" + c + "' at position " + i + " is not a hex digit");
            }
            if (high < 0) {
                high = digit;
            } else {
                out[n++] = (byte) (high << 4 | digit);
                high = -1;
            }
        }
        if (high >= 0) {
            throw new IllegalArgumentException("an odd number of hex digits");
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Lower-case hex, bytes separated by spaces. */
    public static String format(byte[] bytes) {
        return format(bytes, 0, bytes.length);
    }

    /** Lower-case hex of {@code bytes[offset .. offset + length)}, separated by spaces. */
    public static String format(byte[] bytes, int offset, int length) {
        StringBuilder out = new StringBuilder(length * 3);
        for (int i = offset; i < offset + length && i < bytes.length; i++) {
            if (i > offset) {
                out.append(' ');
            }
            out.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        return out.toString();
    }

    /** Lower-case hex without separators. */
    public static String compact(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }
}
