package io.openemp.plugin.dlt645.api;

/**
 * The 4-byte password field of write and clear commands: the permission level PA and the 3-byte password
 * P0 P1 P2, sent PA first and the password low byte first. The password is written as 6 hex digits, P2 first:
 * level 02 with password {@code 123456} goes on the wire as {@code 02 56 34 12} (before the 33H offset).
 *
 * @param level the permission level PA, 0..255 (02 and 04 are the usual levels)
 * @param code the password P2 P1 P0 as a 24-bit number, its hex digits being the password as written
 */
public record Password(int level, int code) {

    /** Bytes of the field on the wire. */
    public static final int LENGTH = 4;

    public Password {
        if (level < 0 || level > 255) {
            throw new IllegalArgumentException("the permission level is a byte, not " + level);
        }
        if (code < 0 || code > 0xFFFFFF) {
            throw new IllegalArgumentException("the password has 3 bytes, not " + Integer.toHexString(code));
        }
    }

    /** Level {@code level} with the password written as up to 6 hex digits, e.g. {@code "123456"}. */
    public static Password of(int level, String password) {
        if (password == null || password.isEmpty() || password.length() > 6) {
            throw new IllegalArgumentException("a password has 1 to 6 hex digits, not '" + password + "'");
        }
        try {
            return new Password(level, Integer.parseInt(password, 16));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a password has hex digits only, not '" + password + "'");
        }
    }

    static Password read(byte[] bytes, int offset) {
        return new Password(bytes[offset] & 0xFF,
                (bytes[offset + 1] & 0xFF) | (bytes[offset + 2] & 0xFF) << 8 | (bytes[offset + 3] & 0xFF) << 16);
    }

    void write(byte[] target, int offset) {
        target[offset] = (byte) level;
        target[offset + 1] = (byte) code;
        target[offset + 2] = (byte) (code >>> 8);
        target[offset + 3] = (byte) (code >>> 16);
    }

    /** The password's 6 hex digits, P2 first. */
    public String digits() {
        String hex = Integer.toHexString(code).toUpperCase(java.util.Locale.ROOT);
        return "000000".substring(hex.length()) + hex;
    }

    /** E.g. {@code level 02, password 123456}. */
    @Override
    public String toString() {
        return "level " + Hex.byteHex(level) + ", password " + digits();
    }
}
