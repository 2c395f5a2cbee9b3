package io.openemp.data.documents.internal;

import java.lang.reflect.Proxy;

import com.mongodb.client.MongoDatabase;

import io.openemp.data.documents.api.DocumentStore;
import io.openemp.data.documents.api.DocumentStoreHealth;

/**
 * The platform's real document store (embedded server on 127.0.0.1, MVStore in memory), started the way DS
 * would start it, for the tests of every module that keeps documents (published in this module's test-jar). Lives
 * in the store's package because its activate method is package-private.
 */
public final class InMemoryDocumentStore implements DocumentStore, AutoCloseable {

    private final DocumentStoreComponent store = new DocumentStoreComponent();

    public InMemoryDocumentStore() {
        store.activate((DocumentStoreConfig) Proxy.newProxyInstance(DocumentStoreConfig.class.getClassLoader(),
                new Class<?>[] { DocumentStoreConfig.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "embeddedDataFile": return "";
                        case "timeoutMillis": return 3000;
                        case "annotationType": return DocumentStoreConfig.class;
                        case "toString": return "in-memory";
                        case "hashCode": return 0;
                        case "equals": return proxy == args[0];
                        default: return method.getDefaultValue();
                    }
                }));
    }

    @Override
    public MongoDatabase database(String componentId) {
        return store.database(componentId);
    }

    @Override
    public DocumentStoreHealth health() {
        return store.health();
    }

    @Override
    public void close() {
        store.deactivate();
    }
}
