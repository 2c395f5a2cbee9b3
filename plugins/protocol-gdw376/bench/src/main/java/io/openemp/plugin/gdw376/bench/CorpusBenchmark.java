package io.openemp.plugin.gdw376.bench;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.openemp.plugin.gdw376.api.CodecOptions;
import io.openemp.plugin.gdw376.api.Gdw376Codec;
import io.openemp.plugin.gdw376.api.StreamDecoder;
import io.openemp.plugin.gdw376.api.StreamItem;

/**
 * The 24 captured frames in turn, one thread: frames per second decoded as arrays (lenient and strict) and as a
 * byte stream through a {@link StreamDecoder} in 512-byte reads (what a terminal connection does).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CorpusBenchmark {

    private static final int STREAM_ROUNDS = 40;

    private final Gdw376Codec codec = new Gdw376Codec();
    private final Gdw376Codec strict = new Gdw376Codec(CodecOptions.defaults().withStrict(true));
    private byte[][] all;
    private byte[] stream;
    private StreamDecoder decoder;
    private Consumer<StreamItem> sink;

    @Setup
    public void setUp(Blackhole blackhole) {
        all = DecodeBenchmark.samples().values().toArray(new byte[0][]);
        if (all.length != DecodeBenchmark.SAMPLES) {
            throw new IllegalStateException("expected " + DecodeBenchmark.SAMPLES + " samples, found " + all.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < STREAM_ROUNDS; i++) {
            for (byte[] b : all) {
                out.writeBytes(b);
            }
        }
        stream = out.toByteArray();
        decoder = new StreamDecoder(codec);
        sink = blackhole::consume;
    }

    @Benchmark
    @OperationsPerInvocation(DecodeBenchmark.SAMPLES)
    public void decodeAllInTurn(Blackhole blackhole) {
        for (byte[] b : all) {
            blackhole.consume(codec.decode(b));
        }
    }

    @Benchmark
    @OperationsPerInvocation(DecodeBenchmark.SAMPLES)
    public void decodeAllInTurnStrict(Blackhole blackhole) {
        for (byte[] b : all) {
            blackhole.consume(strict.decode(b));
        }
    }

    @Benchmark
    @OperationsPerInvocation(DecodeBenchmark.SAMPLES * STREAM_ROUNDS)
    public void streamAll() {
        for (int at = 0; at < stream.length; at += 512) {
            decoder.feed(stream, at, Math.min(512, stream.length - at), sink);
        }
    }
}
