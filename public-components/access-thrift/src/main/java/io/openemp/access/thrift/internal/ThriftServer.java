package io.openemp.access.thrift.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.access.thrift.gen.JsonRpc;

/**
 * A blocking Thrift server: an accept thread and one worker thread per connection from a bounded pool, the
 * model of libthrift's {@code TThreadPoolServer} (the faster of libthrift's servers on this kind of machine).
 * It is written out rather than configured because each connection needs its own session (a processor over a
 * {@link ConnectionHandler} of its own), its protocol recognised per frame ({@link Connection}), and because
 * closing the server must close every open connection at once instead of waiting for idle clients to speak.
 */
final class ThriftServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ThriftServer.class);
    private static final int BACKLOG = 128;
    private static final long STOP_WAIT_MILLIS = 5_000;

    private final ServerSettings settings;
    private final Backend backend;
    private final ServerSocket listener;
    private final ThreadPoolExecutor workers;
    private final Thread acceptor;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final ServerStats stats = new ServerStats();
    private volatile boolean closed;

    private ThriftServer(ServerSettings settings, Backend backend) throws IOException {
        this.settings = settings;
        this.backend = backend;
        this.listener = new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port()), BACKLOG);
        } catch (IOException | RuntimeException e) {
            listener.close();
            throw new IOException("Thrift transport cannot listen on " + settings.host() + ":" + settings.port()
                    + ": " + e.getMessage(), e);
        }
        int port = listener.getLocalPort();
        AtomicInteger workerCount = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, settings.workerThreads(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> daemon(r, "openemp-thrift-" + port + "-" + workerCount.incrementAndGet()));
        this.acceptor = daemon(this::acceptLoop, "openemp-thrift-" + port + "-accept");
    }

    /** Binds to the configured address (failing here if it cannot) and starts accepting connections. */
    static ThriftServer start(ServerSettings settings, Backend backend) throws IOException {
        ThriftServer server = new ThriftServer(settings, backend);
        server.acceptor.start();
        return server;
    }

    /** The address actually bound (the real port when 0 was configured). */
    InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    ServerSettings settings() {
        return settings;
    }

    ServerStats stats() {
        return stats;
    }

    /** Connections open now. */
    int openConnections() {
        return open.size();
    }

    /**
     * Stops accepting, closes every open connection (a call running on one finishes, its answer is lost) and
     * waits a few seconds for the worker threads to end.
     */
    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.debug("Closing the Thrift listener: {}", e.toString());
        }
        open.forEach(Connection::close);
        workers.shutdownNow();
        try {
            acceptor.join(STOP_WAIT_MILLIS);
            if (!workers.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("Thrift transport: {} worker threads still busy {} ms after closing", workers.getActiveCount(),
                        STOP_WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Thrift transport: accepting a connection failed: {}", e.toString());
                    pause(); // e.g. out of file descriptors: do not spin
                }
                continue;
            }
            serve(socket);
        }
    }

    private void serve(Socket socket) {
        String peer = Connection.peerOf(socket);
        JsonRpc.Processor<ConnectionHandler> processor = new JsonRpc.Processor<>(new ConnectionHandler(backend, peer));
        Connection connection = new Connection(socket, settings, processor, stats, open::remove);
        open.add(connection);
        if (closed) { // close() may have passed over the set before this connection joined it
            open.remove(connection);
            connection.close();
            return;
        }
        try {
            workers.execute(connection);
            stats.accepted.incrementAndGet();
        } catch (RejectedExecutionException e) {
            open.remove(connection);
            if (!closed) {
                stats.rejectedBusy.incrementAndGet();
                LOG.warn("Thrift transport: all {} worker threads busy, connection from {} closed",
                        settings.workerThreads(), peer);
            }
            connection.close();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
