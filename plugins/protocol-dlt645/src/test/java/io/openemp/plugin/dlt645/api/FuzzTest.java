package io.openemp.plugin.dlt645.api;

import static io.openemp.plugin.dlt645.api.Frames.METER;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.Test;

/**
 * Hostile input: over a million mutated frames and random byte strings (fixed seed, so a failure can be replayed)
 * through every decoder. Nothing may throw or hang; every accepted frame must encode back to exactly its bytes;
 * no decode may allocate more than a few kilobytes, whatever the length fields say; the splitter never holds more
 * than its buffer.
 */
public class FuzzTest {

    private static final long SEED = 0x645_2007L;
    private static final int INPUTS = 1_200_000;
    /** Allocation allowed for one decode: the data field (at most 255 bytes) plus the result objects and texts. */
    private static final long MAX_ALLOCATION = 8 * 1024;

    private final Dlt645Statistics statistics = new Dlt645Statistics();
    private final Dlt645Codec codec = new Dlt645Codec(Dlt645Codec.DEFAULT_MAX_DATA_LENGTH, statistics);
    private final DataCatalogue catalogue = DataCatalogue.standard();

    private List<byte[]> seeds() {
        DataId energy = DataId.parse("00010000");
        List<Dlt645Frame> frames = new ArrayList<>(List.of(
                Dlt645Requests.read(METER, energy),
                Dlt645Requests.readLoadProfile(METER, energy, 3, LocalDateTime.of(2024, 1, 1, 0, 0)),
                new ReadReply(METER, energy, Bytes.ofUnsigned(0x56, 0x34, 0x12, 0x00), false),
                new ReadReply(METER, DataId.parse("0201FF00"), Bytes.ofUnsigned(0x01, 0x22, 0x02, 0x22, 0x03, 0x22), true),
                new ReadReply(METER, DataId.parse("0202FF00"), Bytes.ofUnsigned(0x34, 0x12, 0x80, 0, 0, 0, 1, 2, 3), false),
                new ReadReply(METER, DataId.parse("01010000"), Bytes.ofUnsigned(0x56, 0x34, 0x12, 0x15, 0x08, 0x31, 0x01, 0x24), false),
                new ReadReply(METER, DataId.parse("05060101"), Bytes.ofUnsigned(new int[20]), false),
                Dlt645Requests.readFollowUp(METER, energy, 1),
                new ReadFollowUpReply(METER, energy, Bytes.ofUnsigned(1, 2, 3, 4), 1, true),
                Dlt645Requests.readAddress(),
                new ReadAddressReply(METER),
                Dlt645Requests.write(METER, DataId.parse("04000102"), Password.of(2, "123456"), "12345678", Bytes.ofUnsigned(5, 0x30, 0x12)),
                new WriteReply(METER),
                Dlt645Requests.broadcastTime(LocalDateTime.of(2024, 3, 1, 12, 30, 5)),
                Dlt645Requests.freeze(METER, FreezeTime.daily(0, 0)),
                new FreezeReply(METER),
                AbnormalReply.of(METER, Function.READ, ErrorFlags.of(ErrorBit.NO_DATA)),
                new OtherFrame(METER, ControlCode.request(Function.CONTROL), Bytes.ofUnsigned(new int[16]))));
        List<byte[]> seeds = new ArrayList<>();
        for (Dlt645Frame frame : frames) {
            seeds.add(codec.encode(frame));
        }
        return seeds;
    }

    /** One hostile input derived from a seed frame (or none). */
    private static byte[] mutate(Random random, List<byte[]> seeds) {
        byte[] seed = seeds.get(random.nextInt(seeds.size()));
        byte[] out = seed.clone();
        switch (random.nextInt(10)) {
            case 0: { // random bytes of a random length, often beginning like a frame
                out = new byte[random.nextInt(300)];
                random.nextBytes(out);
                if (out.length > 8 && random.nextBoolean()) {
                    out[0] = 0x68;
                    out[7] = 0x68;
                }
                return out;
            }
            case 1: // one bit
                out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                return out;
            case 2: // any length byte, whole frame or not
                out[9] = (byte) random.nextInt(256);
                return random.nextBoolean() ? out : fixEnvelope(out);
            case 3: // cut short
                return Arrays.copyOf(out, random.nextInt(out.length));
            case 4: { // extended with random bytes
                byte[] longer = Arrays.copyOf(out, out.length + 1 + random.nextInt(40));
                for (int i = out.length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                return longer;
            }
            case 5: { // a preamble of any length
                int n = random.nextInt(8);
                byte[] longer = new byte[n + out.length];
                Arrays.fill(longer, 0, n, (byte) 0xFE);
                System.arraycopy(out, 0, longer, n, out.length);
                return longer;
            }
            default: { // several bytes changed in the control code, address or data, then a sound envelope around them
                int changes = 1 + random.nextInt(4);
                for (int i = 0; i < changes; i++) {
                    int at = random.nextBoolean() ? 8 : 1 + random.nextInt(out.length - 3);
                    if (at != 7 && at != 9) {
                        out[at] = (byte) random.nextInt(256);
                    }
                }
                if (random.nextInt(4) == 0) {
                    out[8] = (byte) random.nextInt(256);
                }
                return fixEnvelope(out);
            }
        }
    }

    /** Sets L to the data actually present and puts the right checksum and end byte, so the layout checks are reached. */
    private static byte[] fixEnvelope(byte[] frame) {
        int length = Math.max(0, Math.min(255, frame.length - 12));
        byte[] out = Arrays.copyOf(frame, 12 + length);
        out[0] = 0x68;
        out[7] = 0x68;
        out[9] = (byte) length;
        int sum = 0;
        for (int i = 0; i < 10 + length; i++) {
            sum += out[i];
        }
        out[10 + length] = (byte) sum;
        out[11 + length] = 0x16;
        return out;
    }

    @Test(timeout = 120_000)
    public void overAMillionHostileInputsNeitherThrowNorHangAndAcceptedOnesRoundTrip() {
        Random random = new Random(SEED);
        List<byte[]> seeds = seeds();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long accepted = 0;
        long worstAllocation = 0;
        long started = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = mutate(random, seeds);
            boolean measure = i % 64 == 0;
            long before = measure ? threads.getThreadAllocatedBytes(thread) : 0;
            DecodeResult result = codec.decode(input);
            if (measure) {
                worstAllocation = Math.max(worstAllocation, threads.getThreadAllocatedBytes(thread) - before);
            }
            assertNotNull(result);
            assertTrue((result.frame() == null) != (result.rejection() == null));
            if (result.isFrame()) {
                accepted++;
                byte[] again = codec.encode(result.frame(), result.preamble());
                assertArrayEquals("round trip of " + Frames.hex(input), input, again);
                assertEquals(result.frame(), codec.decode(again).frame());
            } else {
                assertTrue(result.rejection().offset() >= 0 && result.rejection().offset() <= input.length);
            }
            DecodeResult streamed = codec.decode(ByteBuffer.wrap(input));
            assertTrue(streamed.isFrame() || streamed.rejection() != null);
            if (result.isFrame()) {
                assertEquals(result.frame(), streamed.frame());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzz: %,d inputs in %.1f s, %,d accepted, worst allocation of one decode %,d bytes%n",
                INPUTS, seconds, accepted, worstAllocation);
        Dlt645Stats stats = statistics.snapshot();
        System.out.println("fuzz: rejections by reason " + stats.rejectedByReason());
        assertTrue("the mutations reach valid frames too", accepted > INPUTS / 20);
        assertTrue("worst allocation " + worstAllocation, worstAllocation <= MAX_ALLOCATION);
        for (RejectReason reason : new RejectReason[] { RejectReason.TRUNCATED, RejectReason.BAD_START, RejectReason.BAD_SECOND_START,
                RejectReason.BAD_ADDRESS, RejectReason.LENGTH_OVER_LIMIT, RejectReason.BAD_END, RejectReason.BAD_CHECKSUM, RejectReason.BAD_CONTROL,
                RejectReason.BAD_LAYOUT, RejectReason.BAD_BCD, RejectReason.BAD_TIME, RejectReason.TRAILING_BYTES }) {
            assertTrue("the fuzzer reaches " + reason, statistics.rejections(reason) > 0);
        }
    }

    @Test(timeout = 60_000)
    public void aHugeInputCostsNoMoreThanItsFrame() {
        // 4 MB of preamble and a header whose L claims the most: nothing is allocated for the claim.
        byte[] input = new byte[4 * 1024 * 1024 + 10];
        Arrays.fill(input, (byte) 0xFE);
        byte[] header = Frames.hex("68 12 90 78 56 34 12 68 91 C8");
        System.arraycopy(header, 0, input, input.length - 10, 10);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int warm = 0; warm < 20; warm++) {
            codec.decode(input);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        DecodeResult result = codec.decode(input);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertEquals(RejectReason.TRUNCATED, result.rejection().reason());
        assertEquals(input.length - 10, result.preamble());
        assertTrue("allocated " + allocated, allocated <= MAX_ALLOCATION);
    }

    @Test(timeout = 120_000)
    public void theSplitterTheAnalyserAndTheCatalogueOnHostileInput() {
        Random random = new Random(SEED + 1);
        List<byte[]> seeds = seeds();
        FrameAnalyser analyser = new FrameAnalyser(codec, catalogue);
        long[] found = new long[1];
        FrameSplitter splitter = new FrameSplitter(codec, codec.maxFrameLength(), (frame, offset) -> found[0]++);
        long started = System.nanoTime();
        for (int i = 0; i < 200_000; i++) {
            byte[] input = mutate(random, seeds);
            FrameAnalysis analysis = analyser.analyse(input);
            assertNotNull(analysis.summary());
            assertEquals(analysis.ok(), analysis.rejection() == null);
            int at = 0;
            while (at < input.length) {
                int n = Math.min(input.length - at, 1 + random.nextInt(32));
                splitter.feed(input, at, n);
                assertTrue(splitter.buffered() <= codec.maxFrameLength());
                at += n;
            }
        }
        splitter.finish();
        System.out.printf("fuzz: 200,000 inputs through the analyser and the splitter in %.1f s%n", (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        assertTrue("the splitter found frames among the noise: " + found[0], found[0] > 10_000);

        List<DataId> known = new ArrayList<>();
        for (String id : new String[] { "00000000", "0001FF00", "01010000", "0102FF01", "02010100", "0201FF00", "0202FF00",
                "0203FF00", "02060000", "02800007", "04000101", "04000102", "04000401", "05060001", "05060101", "05060901",
                "05061001", "0506FF01" }) {
            known.add(DataId.parse(id));
        }
        for (int i = 0; i < 200_000; i++) {
            DataId id = random.nextInt(4) == 0 ? new DataId(random.nextInt()) : known.get(random.nextInt(known.size()));
            byte[] value = new byte[random.nextInt(300)];
            random.nextBytes(value);
            if (random.nextBoolean()) {
                for (int b = 0; b < value.length; b++) {
                    value[b] = (byte) ((random.nextInt(10) << 4) | random.nextInt(10));
                }
            }
            ValueDecoding decoding = catalogue.decode(id, Bytes.of(value));
            assertTrue(decoding.ok() != (decoding.rejection() != null));
            if (decoding.ok()) {
                assertEquals(Bytes.of(value), catalogue.lookup(id).orElseThrow().encode(decoding.values()));
            }
        }
        System.out.printf("fuzz: 200,000 values through the catalogue in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}
