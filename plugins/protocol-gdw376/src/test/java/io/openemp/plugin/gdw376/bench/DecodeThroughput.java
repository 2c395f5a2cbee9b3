package io.openemp.plugin.gdw376.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.openemp.plugin.gdw376.api.DecodeResult;
import io.openemp.plugin.gdw376.api.Gdw376Codec;

/**
 * Decode throughput on one thread (frames/s per core): every captured sample decoded in turn, then the
 * largest reply alone, then the smallest frame alone. Reports frames per second of the thread's own CPU time
 * (what one core does, whatever else runs on the machine) and per second of wall-clock time. Not a test (not run by the build). Run with
 * {@code java -cp target/classes:target/test-classes:<dependencies> io.openemp.plugin.gdw376.bench.DecodeThroughput
 * <samples folder> [seconds per measurement]}.
 */
public final class DecodeThroughput {

    private DecodeThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../../../shared/data/qgdw3761-packet-samples");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        Map<String, byte[]> samples = new LinkedHashMap<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (file.toString().endsWith(".3761")) {
                    samples.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        List<byte[]> all = new ArrayList<>(samples.values());
        Gdw376Codec codec = new Gdw376Codec();
        System.out.println("JVM " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        measure("warm-up (all 24 samples)", codec, all, seconds * 2);
        measure("all 24 samples in turn (avg " + all.stream().mapToInt(b -> b.length).sum() / all.size() + " B)", codec, all, seconds);
        measure("rafn13f1 (120 B, AFN 0D F1 reply, 27 fields)", codec, List.of(samples.get("rafn13f1.3761")), seconds);
        measure("rafn12f25 (93 B, AFN 0C F25 reply, 24 fields)", codec, List.of(samples.get("rafn12f25.3761")), seconds);
        measure("heartBeat (20 B)", codec, List.of(samples.get("heartBeat.3761")), seconds);
    }

    private static void measure(String what, Gdw376Codec codec, List<byte[]> frames, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long count = 0;
        long bytes = 0;
        long start = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int ok = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1000; i++) {
                byte[] frame = frames.get((int) (count % frames.size()));
                DecodeResult result = codec.decode(frame);
                if (result.ok()) {
                    ok++;
                }
                bytes += frame.length;
                count++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%-52s %,11.0f frames/s per CPU-second %6.1f MB/s  (%,11.0f frames/s wall clock, %d decoded)%n",
                what, count / cpu, bytes / cpu / 1e6, count / elapsed, ok);
    }
}
