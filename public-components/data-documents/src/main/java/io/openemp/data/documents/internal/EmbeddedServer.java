package io.openemp.data.documents.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The embedded MongoDB-wire-compatible server: mongo-java-server with its H2 (MVStore) backend, listening on
 * 127.0.0.1 only. Clients reach it through the real driver at {@link #connectionString()}, as they would reach
 * any MongoDB. {@link #close()} closes the clients' connections, stops every server thread and closes the file.
 */
final class EmbeddedServer implements AutoCloseable {

    /** The only address the embedded server listens on. */
    static final String HOST = "127.0.0.1";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path dataFile;

    private EmbeddedServer(MongoServer server, InetSocketAddress address, Path dataFile) {
        this.server = server;
        this.address = address;
        this.dataFile = dataFile;
    }

    /**
     * Opens (or creates) {@code dataFile} and listens on 127.0.0.1:{@code port}.
     *
     * @param dataFile the MVStore file, its folder created if missing; null keeps the documents in memory
     * @param port the port, 0 for a free one
     * @param commitEachWrite commit the file after every write, before the reply ({@link CommittingH2Backend});
     *        otherwise the MVStore commits in the background about once a second
     * @throws StoreUnavailableException if the file cannot be opened (locked by another process, not an
     *         MVStore file) or the port cannot be bound; nothing is left open then
     */
    static EmbeddedServer start(Path dataFile, int port, boolean commitEachWrite) {
        if (port < 0 || port > 65535) {
            throw new StoreUnavailableException("embeddedPort " + port + " is not a port number (0 for a free one)");
        }
        MVStore store = openStore(dataFile);
        H2Backend backend;
        try {
            backend = commitEachWrite ? new CommittingH2Backend(store) : new H2Backend(store);
        } catch (RuntimeException e) { // the backend opens every database in the file
            store.closeImmediately();
            throw new StoreUnavailableException("embedded data file " + dataFile + " cannot be read: " + describe(e), e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            // One acceptor thread; request handling on a few workers (the H2 collections serialize writes anyway).
            server.bind(new InetSocketAddress(HOST, port), 1, Math.max(2, Runtime.getRuntime().availableProcessors()));
        } catch (Exception e) { // Netty rethrows a BindException unchecked-style: catch everything
            server.shutdownNow(); // closes the event loops and the store, whether or not bind() already did
            throw new StoreUnavailableException("embedded server cannot listen on " + HOST + ":" + port + ": " + describe(e), e);
        }
        InetSocketAddress bound = server.getLocalAddress();
        LOG.info("embedded document server listening on {}:{}, data in {}", HOST, bound.getPort(),
                dataFile == null ? "memory" : dataFile);
        return new EmbeddedServer(server, bound, dataFile);
    }

    private static MVStore openStore(Path dataFile) {
        if (dataFile == null) {
            return new MVStore.Builder().open();
        }
        try {
            Path folder = dataFile.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            return new MVStore.Builder().fileName(dataFile.toString()).open();
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("embedded data file " + dataFile + " cannot be opened: " + describe(e), e);
        }
    }

    /** {@code mongodb://127.0.0.1:<port>}. */
    String connectionString() {
        return "mongodb://" + HOST + ":" + address.getPort();
    }

    /** {@code 127.0.0.1:<port>}. */
    String address() {
        return HOST + ":" + address.getPort();
    }

    int port() {
        return address.getPort();
    }

    Path dataFile() {
        return dataFile;
    }

    /** Closes the open connections, stops the server's threads and commits and closes the data file. */
    @Override
    public void close() {
        server.shutdownNow();
        LOG.info("embedded document server on {} stopped", address());
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
