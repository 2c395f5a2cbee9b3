package io.openemp.plugin.gdw376.internal;

import java.util.Arrays;

/** A growable byte buffer (no synchronisation, unlike ByteArrayOutputStream). */
public final class ByteSink {

    private byte[] buf;
    private int size;

    public ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public void write(long b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    public void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    public void write(byte[] bytes, int off, int len) {
        ensure(len);
        System.arraycopy(bytes, off, buf, size, len);
        size += len;
    }

    /** Writes {@code v} as two bytes, low byte first. */
    public void writeShort(int v) {
        write(v & 0xFF);
        write((v >>> 8) & 0xFF);
    }

    public int size() {
        return size;
    }

    /** Replaces the byte at {@code index}. */
    public void set(int index, int b) {
        buf[index] = (byte) b;
    }

    public byte get(int index) {
        return buf[index];
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
