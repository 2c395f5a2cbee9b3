package io.openemp.data.readings.internal;

/** Reads what {@link ByteSink} wrote; throws {@link IllegalStateException} on truncated or malformed input. */
final class ByteSource {

    private final byte[] bytes;
    private int position;

    ByteSource(byte[] bytes) {
        this.bytes = bytes;
    }

    int read() {
        if (position >= bytes.length) {
            throw new IllegalStateException("bucket truncated at byte " + position);
        }
        return bytes[position++] & 0xFF;
    }

    long varint() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = read();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalStateException("malformed varint at byte " + position);
    }

    long zigzag() {
        long v = varint();
        return (v >>> 1) ^ -(v & 1);
    }

    int position() {
        return position;
    }

    boolean exhausted() {
        return position == bytes.length;
    }
}
