package io.openemp.data.documents.internal;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;

import io.openemp.data.documents.api.ServerKind;

/**
 * One running store: the driver's client and, in embedded mode, the server it talks to. Both modes build the
 * client the same way from a connection string; the embedded mode only starts a server first and uses its
 * {@code mongodb://127.0.0.1:<port>}.
 */
final class StoreConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreConnection.class);

    private final MongoClient client;
    private final EmbeddedServer server;
    private final ServerKind kind;
    private final String address;

    private StoreConnection(MongoClient client, EmbeddedServer server, ServerKind kind, String address) {
        this.client = client;
        this.server = server;
        this.kind = kind;
        this.address = address;
    }

    /**
     * Starts the embedded server if the settings name no URI, and connects the driver.
     *
     * @throws StoreUnavailableException if the URI is malformed, the embedded server cannot start or the
     *         driver refuses the settings; nothing is left open then. An unreachable server is not an error
     *         here: the driver keeps trying, and health says so.
     */
    static StoreConnection open(Settings settings, CommandListener listener) {
        if (settings.kind() == ServerKind.EMBEDDED) {
            EmbeddedServer server = EmbeddedServer.start(settings.embeddedDataFile(), settings.embeddedPort(),
                    settings.embeddedCommitEachWrite());
            try {
                MongoClient client = client(new ConnectionString(server.connectionString()), settings, listener);
                return new StoreConnection(client, server, ServerKind.EMBEDDED, server.address());
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
        ConnectionString uri = parse(settings.uri());
        String address = String.join(",", uri.getHosts());
        MongoClient client = client(uri, settings, listener);
        LOG.info("document store connected to external MongoDB at {}", address);
        return new StoreConnection(client, null, ServerKind.EXTERNAL, address);
    }

    private static ConnectionString parse(String uri) {
        try {
            return new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            // No cause attached: the driver's exception may quote the connection string with its password.
            throw new StoreUnavailableException("uri is not a valid MongoDB connection string: "
                    + Redaction.hidePassword(e.getMessage(), uri));
        }
    }

    private static MongoClient client(ConnectionString uri, Settings settings, CommandListener listener) {
        // Timeouts first, the connection string after: options given in the URI win.
        MongoClientSettings clientSettings = MongoClientSettings.builder()
                .applicationName("openemp")
                .applyToClusterSettings(b -> b.serverSelectionTimeout(settings.timeoutMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(b -> b.connectTimeout(settings.timeoutMillis(), TimeUnit.MILLISECONDS))
                .applyConnectionString(uri)
                .addCommandListener(listener)
                .build();
        try {
            return MongoClients.create(clientSettings);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("the MongoDB driver refused the settings: "
                    + Redaction.hidePassword(EmbeddedServer.describe(e), uri.getConnectionString()));
        }
    }

    MongoClient client() {
        return client;
    }

    ServerKind kind() {
        return kind;
    }

    /** host:port of the server(s), without credentials. */
    String address() {
        return address;
    }

    /** The embedded server, or null when the store talks to an external one. */
    EmbeddedServer embeddedServer() {
        return server;
    }

    /** Closes the client (its connections and monitor threads), then the embedded server if there is one. */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
