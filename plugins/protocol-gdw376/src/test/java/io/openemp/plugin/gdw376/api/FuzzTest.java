package io.openemp.plugin.gdw376.api;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.Test;

/**
 * Hostile input: over a million mutated and random inputs with a fixed seed. No exception escapes (a decoder
 * fault would be counted as DECODER_FAULT), nothing hangs (a time limit), every frame that decodes encodes
 * back to its bytes, the analyser takes every input apart, and decoding allocates in proportion to the bytes
 * present, never to what a length or count field claims.
 */
public class FuzzTest {

    static final long SEED = 0x1376_2013L;
    static final int INPUTS = 1_050_000;
    private static final String[] STRATEGIES = {"bit flips", "body bytes, checksum fixed", "new length", "header bytes",
        "random bytes", "random user data", "splice", "insert/delete"};

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test(timeout = 300_000)
    public void aMillionMutatedAndRandomInputs() {
        List<byte[]> corpus = Corpus.frames();
        Random random = new Random(SEED);
        Gdw376Codec codec = new Gdw376Codec();
        Gdw376Codec strict = new Gdw376Codec(CodecOptions.defaults().withStrict(true));
        FrameAnalyser analyser = new FrameAnalyser(new Gdw376Codec(), Clock.systemUTC());
        long[] tried = new long[STRATEGIES.length];
        long[] decoded = new long[STRATEGIES.length];
        long measured = 0;
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < INPUTS; i++) {
            int strategy = pick(random);
            byte[] input = mutate(strategy, corpus, random);
            tried[strategy]++;
            boolean measure = i % 97 == 0 && THREADS.isThreadAllocatedMemoryEnabled();
            long before = measure ? THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
            DecodeResult result = codec.decode(input);
            if (measure) {
                long allocated = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
                long bound = 16 * 1024 + 400L * input.length;
                if (allocated > bound) {
                    fail("decoding " + input.length + " bytes allocated " + allocated + " bytes: " + Hex.format(input));
                }
                measured++;
            }
            if (result instanceof DecodeResult.Decoded d) {
                decoded[strategy]++;
                byte[] again;
                try {
                    again = codec.encode(d.frame());
                } catch (RuntimeException e) {
                    throw new AssertionError("a decoded frame did not encode: " + Hex.format(input), e);
                }
                if (!Arrays.equals(input, again)) {
                    fail("decode-encode changed the bytes:\n" + Hex.format(input) + "\n" + Hex.format(again));
                }
            }
            if (i % 8 == 0 && strict.decode(input) instanceof DecodeResult.Decoded d) {
                assertArrayEquals(input, strict.encode(d.frame()));
            }
            if (i % 64 == 0) {
                try {
                    analyser.analyse(input);
                } catch (RuntimeException e) {
                    throw new AssertionError("the analyser threw on " + Hex.format(input), e);
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        DecodeStatistics stats = codec.statistics();
        StringBuilder report = new StringBuilder("fuzz: " + INPUTS + " inputs in " + millis + " ms (" + cpuMillis
                + " ms of CPU), seed " + SEED
                + ", allocation measured on " + measured + "\n");
        for (int s = 0; s < STRATEGIES.length; s++) {
            report.append(String.format("  %-28s %8d tried %8d decoded%n", STRATEGIES[s], tried[s], decoded[s]));
        }
        report.append("  rejected by reason: ").append(stats.byReason());
        report.append("\n  strict: ").append(strict.statistics().decodedCount()).append(" decoded, rejected by reason ")
                .append(strict.statistics().byReason());
        System.out.println(report);
        assertEquals(report.toString(), 0, stats.rejectedCount(RejectReason.DECODER_FAULT));
        assertEquals(report.toString(), 0, strict.statistics().rejectedCount(RejectReason.DECODER_FAULT));
        assertTrue(strict.statistics().rejectedCount(RejectReason.LAYOUT_MISMATCH) > 0);
        assertTrue(strict.statistics().rejectedCount(RejectReason.BAD_DATA_UNIT) > 0);
        assertTrue(strict.statistics().rejectedCount(RejectReason.UNKNOWN_FN_LAYOUT) > 0);
        assertEquals(INPUTS, stats.decodedCount() + stats.rejectedCount());
        long totalDecoded = Arrays.stream(decoded).sum();
        assertTrue("the body decoders were exercised: " + totalDecoded, totalDecoded > INPUTS / 4);
        for (RejectReason reason : List.of(RejectReason.BAD_START, RejectReason.LENGTH_MISMATCH, RejectReason.PROTOCOL_ID,
                RejectReason.TRUNCATED, RejectReason.CHECKSUM, RejectReason.BAD_END, RejectReason.AUX_OVERRUN,
                RejectReason.TOO_SHORT, RejectReason.BAD_SECOND_START)) {
            assertTrue(reason + " was reached", stats.rejectedCount(reason) > 0);
        }
    }

    @Test(timeout = 60_000)
    public void streamsOfFramesAndJunkInRandomChunks() {
        List<byte[]> corpus = Corpus.frames();
        Random random = new Random(SEED + 1);
        for (int round = 0; round < 300; round++) {
            Gdw376Codec codec = new Gdw376Codec(CodecOptions.defaults().withMaxFrameLength(random.nextBoolean() ? 263 : 2048));
            List<byte[]> intact = new ArrayList<>();
            java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
            for (int k = 0; k < 40; k++) {
                int kind = random.nextInt(4);
                if (kind == 0) {
                    byte[] frame = corpus.get(random.nextInt(corpus.size()));
                    intact.add(frame);
                    stream.writeBytes(frame);
                } else if (kind == 1) {
                    byte[] junk = new byte[random.nextInt(40)];
                    random.nextBytes(junk);
                    stream.writeBytes(junk);
                } else {
                    byte[] broken = mutate(random.nextInt(STRATEGIES.length), corpus, random);
                    stream.writeBytes(broken);
                }
            }
            byte[] bytes = stream.toByteArray();
            StreamDecoder decoder = new StreamDecoder(codec);
            List<StreamItem> items = new ArrayList<>();
            int at = 0;
            while (at < bytes.length) {
                int n = Math.min(bytes.length - at, 1 + random.nextInt(300));
                decoder.feed(bytes, at, n, items::add);
                assertTrue(decoder.buffered() <= codec.options().maxFrameLength());
                at += n;
            }
            decoder.finish(items::add);
            assertEquals(0, codec.statistics().rejectedCount(RejectReason.DECODER_FAULT));
            long reported = items.stream().mapToLong(item -> item.skipped() > 0 ? item.skipped() : item.bytes().length).sum();
            assertEquals("every byte is accounted for", bytes.length, reported);
            List<byte[]> found = items.stream().filter(StreamItem::frame).map(StreamItem::bytes).toList();
            int next = 0;
            for (byte[] frame : found) {
                if (next < intact.size() && Arrays.equals(frame, intact.get(next))) {
                    next++;
                }
            }
            if (codec.options().maxFrameLength() >= 2048) {
                assertEquals("round " + round + ": every intact frame was found", intact.size(), next);
            }
        }
    }

    @Test(timeout = 30_000)
    public void theHexParserOnlyEverRefusesWithAnIllegalArgument() {
        Random random = new Random(SEED + 2);
        String alphabet = "0123456789abcdefABCDEFxX ,:-\t\n68gz\u00e9";
        int parsed = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                Hex.parse(text.toString());
                parsed++;
            } catch (IllegalArgumentException expected) {
                // refused, as it should be
            }
        }
        assertTrue(parsed > 0);
    }

    @Test
    public void lengthAndCountFieldsDoNotDriveAllocation() {
        Gdw376Codec codec = new Gdw376Codec();
        // a header claiming 16383 bytes of user data, 6 bytes given
        assertAllocatesLittle(codec, Hex.parse("68 fe ff fe ff 68"));
        // AFN 0A F10 upward whose device count says 65535, with 2 bytes of devices
        assertAllocatesLittle(codec, Frames.withEnvelope(Hex.parse("88 71 01 22 08 02 0a 60 00 00 02 01 ff ff 01 02")));
        // AFN 0E F1 upward whose pointers say 255 records, with none
        assertAllocatesLittle(codec, Frames.withEnvelope(Hex.parse("88 71 01 22 08 02 0e 60 00 00 01 00 01 00 01 00")));
        // AFN 10 F1 upward whose length says 65535 bytes, with 3
        assertAllocatesLittle(codec, Frames.withEnvelope(Hex.parse("88 71 01 22 08 02 10 60 00 00 01 00 01 ff ff 01 02 03")));
        DecodeResult partial = codec.decode(Frames.withEnvelope(Hex.parse("88 71 01 22 08 02 10 60 00 00 01 00 01 ff ff 01 02 03")));
        assertEquals(BodyStatus.PARTIAL, ((DecodeResult.Decoded) partial).frame().items().get(0).data().status());
        assertArrayEquals(Hex.parse("01 02 03"), ((DecodeResult.Decoded) partial).frame().items().get(0).data().rest());
    }

    private static void assertAllocatesLittle(Gdw376Codec codec, byte[] input) {
        codec.decode(input); // warm up
        long before = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
        codec.decode(input);
        long allocated = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertTrue(Hex.format(input) + " allocated " + allocated + " bytes", allocated < 16 * 1024);
    }

    // ------------------------------------------------------------------ mutations

    private static int pick(Random random) {
        int r = random.nextInt(100);
        return r < 10 ? 0 : r < 40 ? 1 : r < 60 ? 2 : r < 75 ? 3 : r < 80 ? 4 : r < 90 ? 5 : r < 95 ? 6 : 7;
    }

    static byte[] mutate(int strategy, List<byte[]> corpus, Random random) {
        byte[] base = corpus.get(random.nextInt(corpus.size())).clone();
        switch (strategy) {
            case 0 -> {
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    int at = random.nextInt(base.length);
                    base[at] = random.nextBoolean() ? (byte) (base[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
                }
                return base;
            }
            case 1 -> {
                for (int k = 1 + random.nextInt(4); k > 0; k--) {
                    base[14 + random.nextInt(base.length - 16)] = interesting(random);
                }
                Frames.fixChecksum(base);
                return base;
            }
            case 2 -> {
                int userLength = base.length - 8;
                int length = random.nextBoolean() ? Math.max(0, userLength + random.nextInt(41) - 20) : random.nextInt(400);
                byte[] out = Arrays.copyOf(base, length + 8);
                for (int i = base.length - 2; i < out.length - 2; i++) {
                    out[i] = i >= 0 ? interesting(random) : out[i];
                }
                return rewrap(out, random.nextInt(10) == 0 ? random.nextInt(4) : 2);
            }
            case 3 -> {
                int[] header = {6, 11, 12, 13, 14, 15, 16, 17};
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    int at = header[random.nextInt(header.length)];
                    if (at < base.length - 2) {
                        base[at] = (byte) random.nextInt(256);
                    }
                }
                Frames.fixChecksum(base);
                return base;
            }
            case 4 -> {
                byte[] out = new byte[random.nextInt(64)];
                random.nextBytes(out);
                if (out.length > 0 && random.nextBoolean()) {
                    out[0] = 0x68;
                }
                return out;
            }
            case 5 -> {
                byte[] user = new byte[8 + random.nextInt(300)];
                for (int i = 0; i < user.length; i++) {
                    user[i] = interesting(random);
                }
                return Frames.withEnvelope(user);
            }
            case 6 -> {
                byte[] other = corpus.get(random.nextInt(corpus.size()));
                int cut = 14 + random.nextInt(Math.max(1, base.length - 16));
                int from = 14 + random.nextInt(Math.max(1, other.length - 16));
                byte[] user = new byte[cut - 6 + Math.max(0, other.length - 2 - from)];
                System.arraycopy(base, 6, user, 0, cut - 6);
                System.arraycopy(other, from, user, cut - 6, Math.max(0, other.length - 2 - from));
                return Frames.withEnvelope(user);
            }
            default -> {
                byte[] user = Arrays.copyOfRange(base, 6, base.length - 2);
                int at = 8 + random.nextInt(Math.max(1, user.length - 8));
                byte[] changed;
                if (random.nextBoolean() && user.length > 9) {
                    int n = 1 + random.nextInt(Math.min(8, user.length - at));
                    changed = new byte[user.length - n];
                    System.arraycopy(user, 0, changed, 0, at);
                    System.arraycopy(user, at + n, changed, at, user.length - at - n);
                } else {
                    int n = 1 + random.nextInt(8);
                    changed = new byte[user.length + n];
                    System.arraycopy(user, 0, changed, 0, at);
                    for (int i = 0; i < n; i++) {
                        changed[at + i] = interesting(random);
                    }
                    System.arraycopy(user, at, changed, at + n, user.length - at);
                }
                return Frames.withEnvelope(changed);
            }
        }
    }

    /** Bytes that matter to this protocol more often than chance would give them. */
    private static byte interesting(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> (byte) 0xEE;
            case 1 -> 0;
            case 2 -> (byte) 0xFF;
            case 3 -> 0x68;
            case 4 -> (byte) random.nextInt(10);
            default -> (byte) random.nextInt(256);
        };
    }

    /** Gives {@code frame} (8 + user data bytes) consistent length fields, protocol identifier, checksum and end. */
    private static byte[] rewrap(byte[] frame, int protocol) {
        if (frame.length < 8) {
            return frame;
        }
        int l = (frame.length - 8) << 2 | protocol;
        frame[0] = 0x68;
        frame[1] = (byte) l;
        frame[2] = (byte) (l >>> 8);
        frame[3] = (byte) l;
        frame[4] = (byte) (l >>> 8);
        frame[5] = 0x68;
        Frames.fixChecksum(frame);
        frame[frame.length - 1] = 0x16;
        return frame;
    }
}
