package io.openemp.data.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts document store components the way DS would (a {@link DocumentStoreConfig} made from properties,
 * activate, deactivate) and stops whatever is left at the end of a test.
 */
final class Stores implements AutoCloseable {

    private final List<DocumentStoreComponent> started = new ArrayList<>();
    private final List<EmbeddedServer> servers = new ArrayList<>();

    /** A component activated with {@code properties}; missing keys take the metatype defaults. */
    DocumentStoreComponent start(Map<String, ?> properties) {
        DocumentStoreComponent store = new DocumentStoreComponent();
        store.activate(config(properties));
        started.add(store);
        return store;
    }

    /** A component running the embedded server on a free port with its data in {@code file}. */
    DocumentStoreComponent embedded(Path file) {
        return start(Map.of("embeddedDataFile", file.toString(), "timeoutMillis", 2000));
    }

    /** An embedded server on its own, as another process would run one. */
    EmbeddedServer server(Path file) {
        EmbeddedServer server = EmbeddedServer.start(file, 0, true);
        servers.add(server);
        return server;
    }

    void stop(DocumentStoreComponent store) {
        store.deactivate();
        started.remove(store);
    }

    @Override
    public void close() {
        started.forEach(DocumentStoreComponent::deactivate);
        started.clear();
        servers.forEach(EmbeddedServer::close);
        servers.clear();
    }

    static DocumentStoreConfig config(Map<String, ?> properties) {
        Map<String, Object> values = new HashMap<>(properties);
        return (DocumentStoreConfig) Proxy.newProxyInstance(DocumentStoreConfig.class.getClassLoader(),
                new Class<?>[] { DocumentStoreConfig.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "annotationType": return DocumentStoreConfig.class;
                        case "toString": return values.toString();
                        case "hashCode": return values.hashCode();
                        case "equals": return proxy == args[0];
                        default: break;
                    }
                    Object value = values.get(method.getName());
                    if (value == null) {
                        return method.getDefaultValue();
                    }
                    String text = value.toString().trim();
                    if (method.getReturnType() == int.class) {
                        return Integer.valueOf(text);
                    }
                    return method.getReturnType() == boolean.class ? (Object) Boolean.valueOf(text) : value.toString();
                });
    }

    /** A port nothing listens on right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
