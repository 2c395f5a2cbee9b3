package io.openemp.plugin.modbus.internal;

import java.math.BigDecimal;

import io.openemp.plugin.modbus.api.DataType;

/**
 * Turns the data bytes of a response into a point's value: picks the point's registers (or bit) out of its block,
 * applies byte order within each register, then word order across registers, reads the result as the point's type
 * and computes {@code raw * scale + offset} exactly in decimal.
 */
final class ValueDecoder {

    private ValueDecoder() {
    }

    /**
     * The value of {@code point} in the data of {@code block} (register bytes as they arrived, high byte first, or
     * coil bytes, lowest address in the lowest bit); {@code null} when the registers hold a float NaN or infinity.
     */
    static BigDecimal decode(Point point, Block block, byte[] data) {
        int offset = point.address() - block.address();
        if (point.type() == DataType.BOOL) {
            int bit = (data[offset >>> 3] >>> (offset & 7)) & 1;
            return BigDecimal.valueOf(bit);
        }
        BigDecimal raw = raw(point.type(), bits(data, 2 * offset, point.type().registers(), point.littleWords(),
                point.littleBytes()));
        if (raw == null) {
            return null;
        }
        BigDecimal scaled = point.scale().compareTo(BigDecimal.ONE) == 0 ? raw : raw.multiply(point.scale());
        return point.offset().signum() == 0 ? scaled : scaled.add(point.offset());
    }

    /**
     * The {@code registers} registers at byte {@code from} of {@code data} as one big-endian number: each
     * register's two bytes swapped first if {@code littleBytes}, then the registers taken last first if
     * {@code littleWords}.
     */
    static long bits(byte[] data, int from, int registers, boolean littleWords, boolean littleBytes) {
        long value = 0;
        for (int i = 0; i < registers; i++) {
            int register = littleWords ? registers - 1 - i : i;
            int hi = data[from + 2 * register] & 0xFF;
            int lo = data[from + 2 * register + 1] & 0xFF;
            int word = littleBytes ? lo << 8 | hi : hi << 8 | lo;
            value = value << 16 | word;
        }
        return value;
    }

    /** {@code bits} read as {@code type}; {@code null} for a float that is not a number. */
    static BigDecimal raw(DataType type, long bits) {
        return switch (type) {
            case INT16 -> BigDecimal.valueOf((short) bits);
            case UINT16 -> BigDecimal.valueOf(bits & 0xFFFFL);
            case INT32 -> BigDecimal.valueOf((int) bits);
            case UINT32 -> BigDecimal.valueOf(bits & 0xFFFF_FFFFL);
            case INT64 -> BigDecimal.valueOf(bits);
            case UINT64 -> new BigDecimal(Long.toUnsignedString(bits));
            case FLOAT32 -> {
                float f = Float.intBitsToFloat((int) bits);
                yield Float.isFinite(f) ? new BigDecimal(Float.toString(f)) : null;
            }
            case FLOAT64 -> {
                double d = Double.longBitsToDouble(bits);
                yield Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
            }
            case BOOL -> BigDecimal.valueOf(bits & 1);
        };
    }
}
