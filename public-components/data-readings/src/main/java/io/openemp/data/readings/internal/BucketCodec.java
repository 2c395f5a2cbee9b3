package io.openemp.data.readings.internal;

import java.util.Arrays;

/**
 * The stored form of a {@link Bucket}: a format byte, the entry count, then each entry as a head byte saying
 * which fields differ from the previous entry, those fields, and the value as the zigzag varint of its difference
 * from the previous unscaled value. A regular 15-minute series with three decimals takes about 3 bytes a reading.
 *
 * <pre>
 * head bits: 0x01 time step differs (varint ms)   0x02 scale differs (byte)   0x04 flags differ (count, ids)
 *            0x08 source differs (varint id)      0x10 recorded time differs (zigzag s)   0x20 same value
 * </pre>
 *
 * The first entry is compared with a virtual one at offset 0, step 0, scale 0, value 0, no flags, no source,
 * recorded at the start of the bucket's day. Since each entry depends only on the one before, entries later than
 * all stored ones are appended to the stored bytes without decoding them into a {@link Bucket}
 * ({@link #append}).
 */
final class BucketCodec {

    static final int FORMAT = 1;

    private static final int TIME = 0x01;
    private static final int SCALE = 0x02;
    private static final int FLAGS = 0x04;
    private static final int SOURCE = 0x08;
    private static final int RECORDED = 0x10;
    private static final int SAME_VALUE = 0x20;

    private BucketCodec() {
    }

    /** The previous entry, which the next one is written against. */
    private static final class State {
        int offset;
        int step;
        int scale;
        long value;
        int[] flags = Bucket.NO_FLAGS;
        int source;
        long recorded;

        State(long dayStartSecond) {
            recorded = dayStartSecond;
        }

        void write(ByteSink out, int offset, long value, int scale, int[] flags, int source, long recorded) {
            int thisStep = offset - this.offset;
            int head = 0;
            if (thisStep != step) {
                head |= TIME;
            }
            if (scale != this.scale) {
                head |= SCALE;
            }
            if (!Arrays.equals(flags, this.flags)) {
                head |= FLAGS;
            }
            if (source != this.source) {
                head |= SOURCE;
            }
            if (recorded != this.recorded) {
                head |= RECORDED;
            }
            if (value == this.value) {
                head |= SAME_VALUE;
            }
            out.write(head);
            if ((head & TIME) != 0) {
                out.varint(thisStep);
            }
            if ((head & SCALE) != 0) {
                out.write(scale);
            }
            if ((head & FLAGS) != 0) {
                out.varint(flags.length);
                int previous = 0;
                for (int id : flags) {
                    out.varint(id - previous);
                    previous = id;
                }
            }
            if ((head & SOURCE) != 0) {
                out.varint(source);
            }
            if ((head & RECORDED) != 0) {
                out.zigzag(recorded - this.recorded);
            }
            if ((head & SAME_VALUE) == 0) {
                out.zigzag(value - this.value);
            }
            this.offset = offset;
            this.step = thisStep;
            this.scale = scale;
            this.value = value;
            this.flags = flags;
            this.source = source;
            this.recorded = recorded;
        }

        void read(ByteSource in) {
            int head = in.read();
            if ((head & TIME) != 0) {
                step = (int) in.varint();
            }
            offset += step;
            if ((head & SCALE) != 0) {
                scale = in.read();
            }
            if ((head & FLAGS) != 0) {
                int n = (int) in.varint();
                if (n < 0 || n > 64) {
                    throw new IllegalStateException("bad flag count " + n);
                }
                int[] f = new int[n];
                int previous = 0;
                for (int k = 0; k < n; k++) {
                    previous += (int) in.varint();
                    f[k] = previous;
                }
                flags = n == 0 ? Bucket.NO_FLAGS : f;
            }
            if ((head & SOURCE) != 0) {
                source = (int) in.varint();
            }
            if ((head & RECORDED) != 0) {
                recorded += in.zigzag();
            }
            if ((head & SAME_VALUE) == 0) {
                value += in.zigzag();
            }
        }
    }

    static byte[] encode(Bucket b, long dayStartSecond) {
        ByteSink out = new ByteSink(8 + b.size * 4);
        out.write(FORMAT);
        out.varint(b.size);
        State state = new State(dayStartSecond);
        for (int i = 0; i < b.size; i++) {
            state.write(out, b.offsets[i], b.unscaled[i], b.scales[i], b.flags[i], b.sources[i], b.recorded[i]);
        }
        return out.toArray();
    }

    static Bucket decode(byte[] data, long dayStartSecond) {
        ByteSource in = new ByteSource(data);
        int count = header(in);
        Bucket b = new Bucket(count);
        State state = new State(dayStartSecond);
        for (int i = 0; i < count; i++) {
            state.read(in);
            b.add(state.offset, state.value, state.scale, state.flags, state.source, state.recorded);
        }
        if (!in.exhausted()) {
            throw new IllegalStateException("bytes left after the last bucket entry");
        }
        return b;
    }

    /**
     * {@code data} with the entries of {@code incoming} added after its own, all recorded at {@code recorded};
     * or null when some incoming entry is not later than every stored one (then merge a decoded bucket).
     */
    static byte[] append(byte[] data, long dayStartSecond, Bucket incoming, long recorded) {
        ByteSource in = new ByteSource(data);
        int count = header(in);
        int bodyStart = in.position();
        State state = new State(dayStartSecond);
        for (int i = 0; i < count; i++) {
            state.read(in);
        }
        if (!in.exhausted()) {
            throw new IllegalStateException("bytes left after the last bucket entry");
        }
        if (count > 0 && incoming.size > 0 && incoming.offsets[0] <= state.offset) {
            return null;
        }
        ByteSink out = new ByteSink(data.length + 8 + incoming.size * 4);
        out.write(FORMAT);
        out.varint((long) count + incoming.size);
        out.write(data, bodyStart, data.length - bodyStart);
        for (int j = 0; j < incoming.size; j++) {
            state.write(out, incoming.offsets[j], incoming.unscaled[j], incoming.scales[j], incoming.flags[j],
                    incoming.sources[j], recorded);
        }
        return out.toArray();
    }

    private static int header(ByteSource in) {
        int format = in.read();
        if (format != FORMAT) {
            throw new IllegalStateException("unknown bucket format " + format);
        }
        long count = in.varint();
        if (count < 0 || count > 86_400_000L) {
            throw new IllegalStateException("bad bucket entry count " + count);
        }
        return (int) count;
    }
}
