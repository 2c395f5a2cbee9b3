package io.openemp.bench.collection;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The long fuzz run of both decoders of issue 5 item 7, with what the bounded test runs only sample checked on
 * a longer run: {@code java -jar target/collection-bench.jar gdw376|dlt645 <inputs> [seed]}. Every input goes
 * through the array decoder and the stream splitter; a decoded frame must encode back to exactly its bytes; every
 * 97th input's decode is measured with the JVM's per-thread allocation counter and must stay under
 * 16 KiB + 400 bytes per input byte (the bound of protocol-gdw376's FuzzTest). Any exception, a decoder fault, a
 * round trip that differs, a splitter holding more than the frame limit or an allocation over the bound stops the
 * run with the input in hex. Prints inputs/s, accepted, rejections by reason and the largest allocation seen.
 */
public final class LongFuzz {

    static final long FIXED = 16 * 1024;
    static final long PER_BYTE = 400;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One decoder under fuzz. */
    interface Target {
        List<byte[]> seeds();

        /** Decodes, checks the round trip and feeds the splitter; returns whether a frame was accepted. */
        boolean decode(byte[] input);

        /** Decodes only (what the allocation bound is about). */
        void decodeOnly(byte[] input);

        void feed(byte[] input);

        int splitterBuffered();

        int maxFrameLength();

        /** The user-data range [from, to) covered by the checksum, or null when the input is no envelope. */
        int[] checksummed(byte[] frame);

        String rejections();

        long faults();
    }

    private LongFuzz() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: LongFuzz gdw376|dlt645 <inputs> [seed]");
            System.exit(2);
        }
        Target target = switch (args[0]) {
            case "gdw376" -> new Gdw376Target();
            case "dlt645" -> new Dlt645Target();
            default -> throw new IllegalArgumentException("codec: gdw376 or dlt645, not " + args[0]);
        };
        long inputs = Long.parseLong(args[1].replace("_", ""));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        System.out.printf("%s: %,d inputs, seed %d%n", args[0], inputs, seed);
        Random random = new Random(seed);
        List<byte[]> seeds = target.seeds();
        boolean measure = THREADS.isThreadAllocatedMemoryEnabled();
        long thread = Thread.currentThread().getId();
        long accepted = 0;
        long measured = 0;
        long maxAllocated = 0;
        int maxAllocatedLength = 0;
        long maxInput = 0;
        byte[] input = null;
        long start = System.nanoTime();
        try {
            for (long n = 0; n < inputs; n++) {
                input = mutate(random, seeds, target);
                maxInput = Math.max(maxInput, input.length);
                if (target.decode(input)) {
                    accepted++;
                }
                target.feed(input);
                if (target.splitterBuffered() > target.maxFrameLength()) {
                    throw new AssertionError("the splitter holds " + target.splitterBuffered() + " bytes");
                }
                if (measure && n % 97 == 0) {
                    long before = THREADS.getThreadAllocatedBytes(thread);
                    target.decodeOnly(input);
                    long allocated = THREADS.getThreadAllocatedBytes(thread) - before;
                    measured++;
                    if (allocated > maxAllocated) {
                        maxAllocated = allocated;
                        maxAllocatedLength = input.length;
                    }
                    if (allocated > FIXED + PER_BYTE * input.length) {
                        throw new AssertionError("decoding " + input.length + " bytes allocated " + allocated);
                    }
                }
                if (target.faults() > 0) {
                    throw new AssertionError("decoder fault counted");
                }
                if ((n + 1) % 10_000_000 == 0) {
                    System.out.printf("  %,d inputs, %,.0f/s%n", n + 1, (n + 1) / ((System.nanoTime() - start) / 1e9));
                }
            }
        } catch (RuntimeException | AssertionError | StackOverflowError | OutOfMemoryError e) {
            System.out.println("FAILED on input " + hex(input) + ": " + e);
            e.printStackTrace(System.out);
            System.exit(1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "RESULT %s seed %d: %,d inputs in %.1f s (%,.0f inputs/s), %,d accepted and"
                + " re-encoded exactly, no exception, no fault; longest input %d B%n", args[0], seed, inputs, seconds,
                inputs / seconds, accepted, maxInput);
        System.out.printf(Locale.ROOT, "RESULT allocation measured on %,d inputs: largest %,d B (input of %d B,"
                + " bound %,d B); bound held%n", measured, maxAllocated, maxAllocatedLength,
                FIXED + PER_BYTE * maxAllocatedLength);
        System.out.println("RESULT rejections " + target.rejections());
    }

    static byte[] mutate(Random random, List<byte[]> seeds, Target target) {
        byte[] out = seeds.get(random.nextInt(seeds.size())).clone();
        switch (random.nextInt(9)) {
            case 0 -> {
                out = new byte[random.nextInt(600)];
                random.nextBytes(out);
                if (out.length > 0 && random.nextBoolean()) {
                    out[0] = 0x68;
                }
                return out;
            }
            case 1 -> {
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return out;
            }
            case 2 -> {
                return Arrays.copyOf(out, random.nextInt(out.length + 40));
            }
            case 3 -> {
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                int cut = random.nextInt(out.length);
                int from = random.nextInt(other.length);
                byte[] spliced = Arrays.copyOf(out, cut + other.length - from);
                System.arraycopy(other, from, spliced, cut, other.length - from);
                return spliced;
            }
            case 4 -> {
                // the length fields claim something else; the checksum and end are made right for the new length
                return target instanceof Gdw376Target ? Gdw376Target.relength(out, random)
                        : Dlt645Target.relength(out, random);
            }
            default -> {
                for (int i = 1 + random.nextInt(6); i > 0; i--) {
                    out[random.nextInt(out.length)] = interesting(random);
                }
                int[] range = target.checksummed(out);
                if (range != null && random.nextInt(4) != 0) {
                    fixChecksum(out, range);
                }
                return out;
            }
        }
    }

    static byte interesting(Random random) {
        int[] values = {0x00, 0xFF, 0x68, 0x16, 0x7F, 0x80, 0xEE, 0x99, 0x01, 0xFE};
        return random.nextBoolean() ? (byte) values[random.nextInt(values.length)] : (byte) random.nextInt(256);
    }

    static void fixChecksum(byte[] frame, int[] range) {
        int sum = 0;
        for (int i = range[0]; i < range[1]; i++) {
            sum += frame[i];
        }
        frame[range[1]] = (byte) sum;
    }

    static String hex(byte[] bytes) {
        if (bytes == null) {
            return "(none)";
        }
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b & 0xFF));
        }
        return s.toString();
    }

    static List<byte[]> list(byte[]... frames) {
        return new ArrayList<>(Arrays.asList(frames));
    }
}
