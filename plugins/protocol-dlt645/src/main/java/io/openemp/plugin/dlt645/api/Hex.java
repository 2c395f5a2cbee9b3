package io.openemp.plugin.dlt645.api;

/** Hex text both ways, tolerant of the separators people paste from serial-port tools. */
final class Hex {

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    /**
     * Parses pairs of hex digits; whitespace, {@code :}, {@code -}, {@code ,} and {@code 0x}/{@code 0X} prefixes
     * are ignored, but a byte's two digits must be adjacent.
     *
     * @throws IllegalArgumentException naming the position of the first character that is not allowed
     */
    static byte[] parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no hex text");
        }
        byte[] out = new byte[text.length() / 2 + 1];
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ':' || c == '-' || c == ',') {
                i++;
                continue;
            }
            if (c == '0' && i + 1 < n && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) {
                i += 2;
                continue;
            }
            int high = Character.digit(c, 16);
            if (high < 0) {
                throw new IllegalArgumentException("'" + c + "' at position " + i + " is not a hex digit");
            }
            if (i + 1 >= n) {
                throw new IllegalArgumentException("odd number of hex digits: the digit at position " + i + " has no partner");
            }
            int low = Character.digit(text.charAt(i + 1), 16);
            if (low < 0) {
                throw new IllegalArgumentException("the hex digit at position " + i
                        + " is not followed by a second digit of the same byte ('" + text.charAt(i + 1) + "')");
            }
            out[count++] = (byte) (high << 4 | low);
            i += 2;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** Upper-case hex of a byte range with single spaces between bytes. */
    static String spaced(byte[] bytes, int offset, int length) {
        if (length == 0) {
            return "";
        }
        char[] text = new char[length * 3 - 1];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xFF;
            if (i > 0) {
                text[3 * i - 1] = ' ';
            }
            text[3 * i] = DIGITS[b >>> 4];
            text[3 * i + 1] = DIGITS[b & 0x0F];
        }
        return new String(text);
    }

    /** Two upper-case hex digits. */
    static String byteHex(int value) {
        return new String(new char[] { DIGITS[(value >>> 4) & 0x0F], DIGITS[value & 0x0F] });
    }
}
