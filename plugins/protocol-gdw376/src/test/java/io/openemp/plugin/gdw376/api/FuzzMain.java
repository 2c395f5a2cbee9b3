package io.openemp.plugin.gdw376.api;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The longer fuzz run (not run by the build): {@code java -cp target/classes:target/test-classes:<dependencies>
 * io.openemp.plugin.gdw376.api.FuzzMain [minutes] [seed]}. Same mutations as {@link FuzzTest}, any seed, for as
 * long as asked; stops at the first failure and prints the input.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        List<byte[]> corpus = Corpus.frames();
        Random random = new Random(seed);
        Gdw376Codec codec = new Gdw376Codec();
        Gdw376Codec strict = new Gdw376Codec(CodecOptions.defaults().withStrict(true));
        FrameAnalyser analyser = new FrameAnalyser(new Gdw376Codec(), Clock.systemUTC());
        long end = System.nanoTime() + (long) (minutes * 60e9);
        long n = 0;
        while (System.nanoTime() < end) {
            byte[] input = FuzzTest.mutate(random.nextInt(8), corpus, random);
            for (Gdw376Codec c : new Gdw376Codec[] {codec, strict}) {
                DecodeResult result = c.decode(input);
                if (result instanceof DecodeResult.Decoded d && !Arrays.equals(input, c.encode(d.frame()))) {
                    throw new AssertionError("seed " + seed + ": decode-encode changed " + Hex.format(input));
                }
            }
            if (n % 16 == 0) {
                analyser.analyse(input);
            }
            if (codec.statistics().rejectedCount(RejectReason.DECODER_FAULT) > 0) {
                throw new AssertionError("seed " + seed + ": decoder fault on " + Hex.format(input));
            }
            if (++n % 10_000_000 == 0) {
                System.out.println(n + " inputs, " + codec.statistics().decodedCount() + " decoded");
            }
        }
        System.out.println("seed " + seed + ": " + n + " inputs, no fault; rejected " + codec.statistics().byReason());
    }
}
