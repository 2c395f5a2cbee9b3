package io.openemp.bench.thrift;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.layered.TFramedTransport;

import io.openemp.access.thrift.gen.JsonRpc;

/**
 * One load: N client connections, each its own thread, logging in once and then calling {@code call} with the
 * {@code system.ping} request in a loop. Calls finished during the warm-up are dropped; the calls of each measured
 * window are counted and timed separately.
 */
final class LoadRun {

    static final String REQUEST = "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}";

    /** One measured window: calls per second and latency percentiles. */
    record Window(double callsPerSecond, double p50Millis, double p99Millis) {
    }

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final int connections;

    /** -1 during the warm-up, then the index of the window running, then {@code Integer.MAX_VALUE} to stop. */
    private volatile int window = -1;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    LoadRun(String host, int port, String user, String password, int connections) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.connections = connections;
    }

    List<Window> run(int warmupSeconds, int durationSeconds, int runs) throws Exception {
        List<LatencyHistogram[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            LatencyHistogram[] histograms = new LatencyHistogram[runs];
            for (int r = 0; r < runs; r++) {
                histograms[r] = new LatencyHistogram();
            }
            perThread.add(histograms);
            Thread thread = new Thread(() -> client(histograms, ready), "thrift-load-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("connections not logged in within 60 s");
        }
        check();
        TimeUnit.SECONDS.sleep(warmupSeconds);
        long[] starts = new long[runs + 1];
        for (int r = 0; r < runs; r++) {
            starts[r] = System.nanoTime();
            window = r;
            TimeUnit.SECONDS.sleep(durationSeconds);
            check();
        }
        starts[runs] = System.nanoTime();
        window = Integer.MAX_VALUE;
        for (Thread thread : threads) {
            thread.join(10_000);
        }
        check();
        List<Window> windows = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            LatencyHistogram merged = new LatencyHistogram();
            for (LatencyHistogram[] histograms : perThread) {
                merged.add(histograms[r]);
            }
            double seconds = (starts[r + 1] - starts[r]) / 1e9;
            windows.add(new Window(merged.total() / seconds, merged.percentileMillis(0.50), merged.percentileMillis(0.99)));
        }
        return windows;
    }

    private void check() {
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("a client connection failed: " + t, t);
        }
    }

    private void client(LatencyHistogram[] histograms, CountDownLatch ready) {
        TTransport transport = null;
        try {
            transport = new TFramedTransport(new TSocket(host, port, 30_000));
            JsonRpc.Client rpc = new JsonRpc.Client(new TBinaryProtocol(transport));
            transport.open();
            rpc.login(user, password);
            String first = rpc.call(REQUEST);
            if (!first.contains("\"result\":\"pong\"")) {
                throw new IllegalStateException("system.ping answered " + first);
            }
            ready.countDown();
            while (true) {
                int w = window;
                if (w == Integer.MAX_VALUE) {
                    break;
                }
                long start = System.nanoTime();
                rpc.call(REQUEST);
                long took = System.nanoTime() - start;
                int now = window;
                if (w >= 0 && now == w) {
                    histograms[w].record(took);
                }
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
            ready.countDown();
        } finally {
            if (transport != null) {
                transport.close();
            }
        }
    }
}
