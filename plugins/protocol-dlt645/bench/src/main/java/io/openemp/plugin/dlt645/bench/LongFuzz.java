package io.openemp.plugin.dlt645.bench;

import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.openemp.plugin.dlt645.api.AbnormalReply;
import io.openemp.plugin.dlt645.api.Bytes;
import io.openemp.plugin.dlt645.api.ControlCode;
import io.openemp.plugin.dlt645.api.DataCatalogue;
import io.openemp.plugin.dlt645.api.DataId;
import io.openemp.plugin.dlt645.api.DecodeResult;
import io.openemp.plugin.dlt645.api.Dlt645Codec;
import io.openemp.plugin.dlt645.api.Dlt645Frame;
import io.openemp.plugin.dlt645.api.Dlt645Requests;
import io.openemp.plugin.dlt645.api.Dlt645Statistics;
import io.openemp.plugin.dlt645.api.ErrorBit;
import io.openemp.plugin.dlt645.api.ErrorFlags;
import io.openemp.plugin.dlt645.api.FrameAnalyser;
import io.openemp.plugin.dlt645.api.FrameSplitter;
import io.openemp.plugin.dlt645.api.FreezeTime;
import io.openemp.plugin.dlt645.api.Function;
import io.openemp.plugin.dlt645.api.MeterAddress;
import io.openemp.plugin.dlt645.api.OtherFrame;
import io.openemp.plugin.dlt645.api.Password;
import io.openemp.plugin.dlt645.api.ReadFollowUpReply;
import io.openemp.plugin.dlt645.api.ReadReply;
import io.openemp.plugin.dlt645.api.ValueDecoding;

/**
 * The long fuzz run: {@code java -cp target/dlt645-benchmarks.jar io.openemp.plugin.dlt645.bench.LongFuzz [seconds] [seed]}
 * (default 600 s, a random seed that is printed). Every input goes through the codec (array and buffer), the
 * analyser, a splitter and, for accepted reads, the catalogue; any exception, any accepted frame that does not
 * encode back to its bytes, or a splitter that holds more than its buffer stops the run with the input in hex.
 */
public final class LongFuzz {

    private LongFuzz() {
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 600;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : new Random().nextLong();
        System.out.println("seed " + seed + ", " + seconds + " s");
        Random random = new Random(seed);
        Dlt645Statistics statistics = new Dlt645Statistics();
        Dlt645Codec codec = new Dlt645Codec(Dlt645Codec.DEFAULT_MAX_DATA_LENGTH, statistics);
        DataCatalogue catalogue = DataCatalogue.standard();
        FrameAnalyser analyser = new FrameAnalyser(codec, catalogue);
        FrameSplitter splitter = new FrameSplitter(codec, codec.maxFrameLength(), (frame, offset) -> { });
        List<byte[]> seeds = seeds(codec);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long inputs = 0;
        long accepted = 0;
        byte[] input = null;
        try {
            while (System.nanoTime() < deadline) {
                for (int batch = 0; batch < 10_000; batch++) {
                    input = mutate(random, seeds);
                    inputs++;
                    DecodeResult result = codec.decode(input);
                    if (result.isFrame()) {
                        accepted++;
                        if (!Arrays.equals(input, codec.encode(result.frame(), result.preamble()))) {
                            throw new AssertionError("no exact round trip");
                        }
                        Dlt645Frame frame = result.frame();
                        if (frame instanceof ReadReply reply) {
                            ValueDecoding values = catalogue.decode(reply.dataId(), reply.value());
                            if (values.ok() && !catalogue.lookup(reply.dataId()).orElseThrow().encode(values.values()).equals(reply.value())) {
                                throw new AssertionError("value does not encode back");
                            }
                        }
                    }
                    codec.decode(ByteBuffer.wrap(input));
                    if (batch % 8 == 0) {
                        analyser.analyse(input);
                    }
                    splitter.feed(input);
                    if (splitter.buffered() > codec.maxFrameLength()) {
                        throw new AssertionError("splitter holds " + splitter.buffered());
                    }
                }
            }
        } catch (RuntimeException | AssertionError e) {
            System.out.println("FAILED on input " + Bytes.of(input) + ": " + e);
            e.printStackTrace(System.out);
            System.exit(1);
        }
        System.out.printf("%,d inputs, %,d accepted, no failure%n", inputs, accepted);
        System.out.println("rejections " + statistics.snapshot().rejectedByReason());
    }

    private static List<byte[]> seeds(Dlt645Codec codec) {
        MeterAddress meter = MeterAddress.parse("123456789012");
        DataId energy = DataId.parse("00010000");
        List<Dlt645Frame> frames = List.of(
                Dlt645Requests.read(meter, energy),
                Dlt645Requests.readLoadProfile(meter, energy, 3, LocalDateTime.of(2024, 1, 1, 0, 0)),
                new ReadReply(meter, energy, Bytes.ofUnsigned(0x56, 0x34, 0x12, 0x00), false),
                new ReadReply(meter, DataId.parse("0202FF00"), Bytes.ofUnsigned(0x34, 0x12, 0x80, 0, 0, 0, 1, 2, 3), true),
                new ReadReply(meter, DataId.parse("0506FF01"), Bytes.ofUnsigned(new int[77]), false),
                new ReadFollowUpReply(meter, energy, Bytes.ofUnsigned(1, 2, 3, 4), 1, true),
                Dlt645Requests.readAddress(),
                Dlt645Requests.write(meter, DataId.parse("04000102"), Password.of(2, "123456"), "12345678", Bytes.ofUnsigned(5, 0x30, 0x12)),
                Dlt645Requests.broadcastTime(LocalDateTime.of(2024, 3, 1, 12, 30, 5)),
                Dlt645Requests.freeze(meter, FreezeTime.daily(0, 0)),
                AbnormalReply.of(meter, Function.READ, ErrorFlags.of(ErrorBit.NO_DATA)),
                new OtherFrame(meter, ControlCode.request(Function.CONTROL), Bytes.ofUnsigned(new int[16])));
        List<byte[]> seeds = new ArrayList<>();
        for (Dlt645Frame frame : frames) {
            seeds.add(codec.encode(frame));
        }
        return seeds;
    }

    private static byte[] mutate(Random random, List<byte[]> seeds) {
        byte[] out = seeds.get(random.nextInt(seeds.size())).clone();
        switch (random.nextInt(8)) {
            case 0: {
                out = new byte[random.nextInt(600)];
                random.nextBytes(out);
                return out;
            }
            case 1:
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return out;
            case 2:
                out[9] = (byte) random.nextInt(256);
                return random.nextBoolean() ? out : sound(out);
            case 3:
                return Arrays.copyOf(out, random.nextInt(out.length + 40));
            case 4: {
                int n = random.nextInt(8);
                byte[] longer = new byte[n + out.length];
                Arrays.fill(longer, 0, n, (byte) 0xFE);
                System.arraycopy(out, 0, longer, n, out.length);
                return longer;
            }
            default: {
                for (int i = 1 + random.nextInt(6); i > 0; i--) {
                    int at = 1 + random.nextInt(out.length - 3);
                    if (at != 7 && at != 9) {
                        out[at] = (byte) random.nextInt(256);
                    }
                }
                return sound(out);
            }
        }
    }

    private static byte[] sound(byte[] frame) {
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
}
