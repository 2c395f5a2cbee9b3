package io.openemp.data.readings.internal;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The readings of one meter, reading type and UTC day, in memory: parallel arrays ordered by time. A value is an
 * unscaled long and a scale (exactly the decimal given); flags are sorted dictionary ids; source 0 means none.
 */
final class Bucket {

    static final int[] NO_FLAGS = new int[0];

    int size;
    int[] offsets;
    long[] unscaled;
    byte[] scales;
    int[][] flags;
    int[] sources;
    long[] recorded;

    Bucket(int capacity) {
        offsets = new int[capacity];
        unscaled = new long[capacity];
        scales = new byte[capacity];
        flags = new int[capacity][];
        sources = new int[capacity];
        recorded = new long[capacity];
    }

    /** Appends an entry; entries must come in strictly increasing {@code offset} order. */
    void add(int offset, long value, int scale, int[] flagIds, int source, long recordedSecond) {
        if (size == offsets.length) {
            int capacity = Math.max(8, size * 2);
            offsets = Arrays.copyOf(offsets, capacity);
            unscaled = Arrays.copyOf(unscaled, capacity);
            scales = Arrays.copyOf(scales, capacity);
            flags = Arrays.copyOf(flags, capacity);
            sources = Arrays.copyOf(sources, capacity);
            recorded = Arrays.copyOf(recorded, capacity);
        }
        offsets[size] = offset;
        unscaled[size] = value;
        scales[size] = (byte) scale;
        flags[size] = flagIds;
        sources[size] = source;
        recorded[size] = recordedSecond;
        size++;
    }

    /** Copies entry {@code i} of {@code from} to the end of this bucket. */
    void addFrom(Bucket from, int i) {
        add(from.offsets[i], from.unscaled[i], from.scales[i], from.flags[i], from.sources[i], from.recorded[i]);
    }

    BigDecimal value(int i) {
        return BigDecimal.valueOf(unscaled[i], scales[i]);
    }

    /** Index of the entry at {@code offset}, or {@code -(insertion point) - 1}. */
    int find(int offset) {
        return Arrays.binarySearch(offsets, 0, size, offset);
    }

    /** Whether entry {@code i} of this and entry {@code j} of {@code other} hold the same number and flags. */
    boolean sameAs(int i, Bucket other, int j) {
        boolean sameNumber = scales[i] == other.scales[j]
                ? unscaled[i] == other.unscaled[j]
                : value(i).compareTo(other.value(j)) == 0;
        return sameNumber && Arrays.equals(flags[i], other.flags[j]);
    }
}
