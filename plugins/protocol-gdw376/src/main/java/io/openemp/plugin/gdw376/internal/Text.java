package io.openemp.plugin.gdw376.internal;

/** Cheap text for messages on the decoding path (String.format is far too slow there). */
public final class Text {

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Text() {
    }

    /** {@code value} as {@code digits} upper-case hex digits. */
    public static String hex(int value, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = DIGITS[value & 0xF];
            value >>>= 4;
        }
        return new String(out);
    }

    /** "0x68". */
    public static String byteHex(int value) {
        return "0x" + hex(value & 0xFF, 2);
    }

    /** "AFN 0C F25 up". */
    public static String key(int afn, int fn, boolean up) {
        return "AFN " + hex(afn, 2) + " F" + fn + (up ? " up" : " down");
    }
}
