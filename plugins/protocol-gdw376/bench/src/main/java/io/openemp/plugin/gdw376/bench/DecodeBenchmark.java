package io.openemp.plugin.gdw376.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.openemp.plugin.gdw376.api.DecodeResult;
import io.openemp.plugin.gdw376.api.Gdw376Codec;

/**
 * Decode throughput of one thread (one core), frames per second, over the captured frames of
 * {@code shared/data/qgdw3761-packet-samples} (system property {@code gdw376.samples}, else that folder found
 * upwards from the working directory). One score per kind of frame (lenient decode, the station's default); the whole
 * corpus in turn is {@link CorpusBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class DecodeBenchmark {

    /** How many samples the folder holds: the per-invocation count of the whole-corpus benchmarks. */
    static final int SAMPLES = 24;

    @Param({ "heartBeat", "login", "loginOut", "nonStandardConfirm", "separateConfirm",
            "qafn12f25", "qafn12f33", "qafn12f34", "qafn12f129", "qafn12f167", "qafn12f168",
            "qafn13f1", "qafn13f2", "qafn13f17", "qafn13f18",
            "rafn12f25", "rafn12f33", "rafn12f34", "rafn12f129", "rafn12f167", "rafn12f168",
            "rafn13f1", "rafn13f2", "rafn13f17" })
    public String sample;

    private final Gdw376Codec codec = new Gdw376Codec();
    private byte[] frame;

    @Setup
    public void setUp() {
        TreeMap<String, byte[]> samples = samples();
        if (samples.size() != SAMPLES) {
            throw new IllegalStateException("expected " + SAMPLES + " samples, found " + samples.keySet());
        }
        frame = samples.get(sample);
        if (frame == null || !codec.decode(frame).ok()) {
            throw new IllegalStateException(sample + ": missing or not decoded");
        }
    }

    @Benchmark
    public DecodeResult decodeSample() {
        return codec.decode(frame);
    }

    static TreeMap<String, byte[]> samples() {
        Path folder = folder();
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".3761")) {
                    out.put(name.substring(0, name.length() - 5), Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Path folder() {
        String given = System.getProperty("gdw376.samples");
        if (given != null) {
            return Paths.get(given);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/qgdw3761-packet-samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/qgdw3761-packet-samples not found; set -Dgdw376.samples");
    }

    static List<byte[]> list() {
        return new ArrayList<>(samples().values());
    }
}
