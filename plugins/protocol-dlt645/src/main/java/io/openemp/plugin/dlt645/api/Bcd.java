package io.openemp.plugin.dlt645.api;

/** Packed BCD: two decimal digits a byte, high digit in the high nibble. */
final class Bcd {

    private Bcd() {
    }

    /** Whether both nibbles of {@code b} are 0..9. */
    static boolean valid(int b) {
        return (b & 0x0F) <= 9 && (b & 0xF0) <= 0x90;
    }

    /** The value 0..99 of a valid BCD byte. */
    static int value(int b) {
        return (b >>> 4) * 10 + (b & 0x0F);
    }

    /** The BCD byte of 0..99. */
    static byte encode(int value) {
        if (value < 0 || value > 99) {
            throw new IllegalArgumentException("two BCD digits hold 0..99, not " + value);
        }
        return (byte) ((value / 10) << 4 | value % 10);
    }
}
