package io.openemp.data.documents.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

import io.openemp.data.documents.api.DocumentStore;

/**
 * Starts the platform's real document store component (embedded MongoDB-wire server on 127.0.0.1, documents
 * in memory) the way DS would, for the metering tests (as vee's tests do). It lives in the store's package because activation is
 * package-private there.
 */
public final class TestDocumentStores {

    private TestDocumentStores() {
    }

    /** A started store keeping its documents in memory; stop it with {@link #stop}. */
    public static DocumentStore startInMemory() {
        Map<String, Object> values = Map.of("embeddedDataFile", "", "timeoutMillis", 3000);
        DocumentStoreConfig config = (DocumentStoreConfig) Proxy.newProxyInstance(DocumentStoreConfig.class.getClassLoader(),
                new Class<?>[] { DocumentStoreConfig.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "annotationType": return DocumentStoreConfig.class;
                        case "toString": return values.toString();
                        case "hashCode": return values.hashCode();
                        case "equals": return proxy == args[0];
                        default: break;
                    }
                    Object value = values.get(method.getName());
                    return value == null ? method.getDefaultValue() : value;
                });
        DocumentStoreComponent store = new DocumentStoreComponent();
        store.activate(config);
        return store;
    }

    public static void stop(DocumentStore store) {
        ((DocumentStoreComponent) store).deactivate();
    }
}
