package io.openemp.bench.thrift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Thrift benchmark tool. Against the platform: {@code --port 9090} (and the password in an environment
 * variable); against a bare libthrift server started in this JVM: {@code --bare}. Prints each measured window and a
 * last line {@code RESULT target=... calls_per_s=... p99_ms=...} with the medians, for scripts.
 */
public final class ThriftLoad {

    private ThriftLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.print(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(64);
            return;
        }
        BareServer bare = options.bare() ? new BareServer() : null;
        try {
            int port = bare != null ? bare.port() : options.port();
            String target = bare != null ? "bare" : "platform";
            System.out.printf(Locale.ROOT, "thrift %s 127.0.0.1:%d, %d connections, warm-up %d s, %d x %d s%n", target,
                    port, options.connections(), options.warmupSeconds(), options.runs(), options.durationSeconds());
            LoadRun load = new LoadRun(bare != null ? "127.0.0.1" : options.host(), port, options.user(),
                    options.password(), options.connections());
            List<LoadRun.Window> windows = load.run(options.warmupSeconds(), options.durationSeconds(), options.runs());
            for (LoadRun.Window w : windows) {
                System.out.printf(Locale.ROOT, "  run: %.0f calls/s, p50 %.2f ms, p99 %.2f ms%n", w.callsPerSecond(),
                        w.p50Millis(), w.p99Millis());
            }
            System.out.printf(Locale.ROOT, "RESULT target=%s calls_per_s=%.0f p99_ms=%.2f%n", target,
                    median(windows, LoadRun.Window::callsPerSecond), median(windows, LoadRun.Window::p99Millis));
        } catch (Exception e) {
            System.err.println("thrift load failed: " + e.getMessage());
            System.exit(1);
        } finally {
            if (bare != null) {
                bare.close();
            }
        }
        System.exit(0);
    }

    static double median(List<LoadRun.Window> windows, java.util.function.ToDoubleFunction<LoadRun.Window> value) {
        List<Double> sorted = new ArrayList<>();
        windows.forEach(w -> sorted.add(value.applyAsDouble(w)));
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
