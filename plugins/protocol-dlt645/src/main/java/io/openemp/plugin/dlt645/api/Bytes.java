package io.openemp.plugin.dlt645.api;

import java.util.Arrays;

/**
 * An immutable sequence of bytes with value semantics (equal when the contents are equal), so the frame records
 * stay immutable and comparable. Bytes are read as unsigned values 0..255.
 */
public final class Bytes {

    /** No bytes. */
    public static final Bytes EMPTY = new Bytes(new byte[0], 0, 0);

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final byte[] array;
    private final int offset;
    private final int length;

    private Bytes(byte[] array, int offset, int length) {
        this.array = array;
        this.offset = offset;
        this.length = length;
    }

    /** A copy of {@code bytes}. */
    public static Bytes of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone(), 0, bytes.length);
    }

    /** Bytes from unsigned values, each 0..255. */
    public static Bytes ofUnsigned(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > 255) {
                throw new IllegalArgumentException("byte value out of range: " + values[i]);
            }
            bytes[i] = (byte) values[i];
        }
        return wrap(bytes);
    }

    /**
     * Bytes from hexadecimal text: pairs of hex digits, with any spaces, and {@code :}, {@code -} or {@code ,}
     * between bytes ignored.
     *
     * @throws IllegalArgumentException for any other character or an odd number of digits
     */
    public static Bytes fromHex(String hex) {
        return wrap(Hex.parse(hex));
    }

    /** Wraps {@code bytes} without copying: the caller hands them over and never changes them again. */
    static Bytes wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes, 0, bytes.length);
    }

    /** Wraps a range of {@code bytes} without copying, under the same promise. */
    static Bytes wrap(byte[] bytes, int offset, int length) {
        return length == 0 ? EMPTY : new Bytes(bytes, offset, length);
    }

    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The byte at {@code index} as 0..255. */
    public int get(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " of " + length + " bytes");
        }
        return array[offset + index] & 0xFF;
    }

    /** The bytes from {@code from} (inclusive) to {@code to} (exclusive), sharing this one's storage. */
    public Bytes slice(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + length + " bytes");
        }
        return wrap(array, offset + from, to - from);
    }

    /** A new array with the bytes. */
    public byte[] toArray() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /** Copies the bytes into {@code target} from {@code at}. */
    public void copyTo(byte[] target, int at) {
        System.arraycopy(array, offset, target, at, length);
    }

    /** Upper-case hex without separators, e.g. {@code 0001FF}. */
    public String hex() {
        char[] text = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int b = array[offset + i] & 0xFF;
            text[2 * i] = HEX[b >>> 4];
            text[2 * i + 1] = HEX[b & 0x0F];
        }
        return new String(text);
    }

    /** Upper-case hex with a space between bytes, e.g. {@code 00 01 FF}. */
    @Override
    public String toString() {
        return Hex.spaced(array, offset, length);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Bytes that) || that.length != length) {
            return false;
        }
        return Arrays.equals(array, offset, offset + length, that.array, that.offset, that.offset + length);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + array[i];
        }
        return hash;
    }
}
