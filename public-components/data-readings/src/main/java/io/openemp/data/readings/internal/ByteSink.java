package io.openemp.data.readings.internal;

import java.util.Arrays;

/** A growable byte array with LEB128 variable-length integers, for writing buckets. */
final class ByteSink {

    private byte[] bytes;
    private int length;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    void write(int b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = (byte) b;
    }

    void write(byte[] source, int from, int length) {
        if (this.length + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, this.length + length));
        }
        System.arraycopy(source, from, bytes, this.length, length);
        this.length += length;
    }

    /** An unsigned variable-length long: 7 bits a byte, low bits first. */
    void varint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        write((int) v);
    }

    /** A signed variable-length long, zigzag-coded so small magnitudes take few bytes. */
    void zigzag(long value) {
        varint((value << 1) ^ (value >> 63));
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }
}
