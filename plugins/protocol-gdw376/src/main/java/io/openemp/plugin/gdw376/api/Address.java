package io.openemp.plugin.gdw376.api;

/**
 * The address field A (five bytes): A1, the administrative division code (two BCD bytes, low byte first, shown
 * as four digits such as {@code 0171}); A2, the terminal address (binary 1..65535; with the group flag a group
 * address, and 0xFFFF with the group flag a broadcast); A3, the group flag (D0) and the master station address
 * MSA (D7..D1, 0..127: 0 in frames a terminal starts and in their answers).
 *
 * @param areaCode A1 as the 16-bit little-endian value of its two bytes (0x0171 for bytes 71 01)
 * @param terminal A2, 0..65535
 * @param group the A3 group flag: A2 is a group address
 * @param msa the master station address, 0..127
 */
public record Address(int areaCode, int terminal, boolean group, int msa) {

    /** A2 value that, with the group flag, addresses every terminal. */
    public static final int BROADCAST = 0xFFFF;

    public Address {
        if (areaCode < 0 || areaCode > 0xFFFF) {
            throw new IllegalArgumentException("A1 must fit two bytes, not " + areaCode);
        }
        if (terminal < 0 || terminal > 0xFFFF) {
            throw new IllegalArgumentException("A2 must lie within 0..65535, not " + terminal);
        }
        if (msa < 0 || msa > 127) {
            throw new IllegalArgumentException("MSA must lie within 0..127, not " + msa);
        }
    }

    /** A single terminal: division code as four digits ("0171"), terminal address, master station address. */
    public static Address of(String areaCode, int terminal, int msa) {
        return new Address(parseArea(areaCode), terminal, false, msa);
    }

    /** A3 as one byte. */
    public int a3() {
        return (msa << 1) | (group ? 1 : 0);
    }

    /** The division code as four hex digits, the way it is printed (BCD digits when the code is valid). */
    public String areaText() {
        return String.format("%04X", areaCode);
    }

    /** Whether A1 holds four BCD digits, as the standard requires. */
    public boolean areaIsBcd() {
        for (int shift = 0; shift < 16; shift += 4) {
            if (((areaCode >> shift) & 0xF) > 9) {
                return false;
            }
        }
        return true;
    }

    /** Whether this is the broadcast address (group flag and A2 = 0xFFFF). */
    public boolean broadcast() {
        return group && terminal == BROADCAST;
    }

    /** The same terminal seen from master station {@code newMsa}. */
    public Address withMsa(int newMsa) {
        return new Address(areaCode, terminal, group, newMsa);
    }

    /** Parses a division code of four hex or BCD digits. */
    public static int parseArea(String text) {
        if (text == null || !text.matches("[0-9A-Fa-f]{4}")) {
            throw new IllegalArgumentException("A1 must be four digits such as \"0171\", not " + text);
        }
        return Integer.parseInt(text, 16);
    }

    @Override
    public String toString() {
        return areaText() + "-" + terminal + (group ? "(group)" : "") + "/msa" + msa;
    }
}
