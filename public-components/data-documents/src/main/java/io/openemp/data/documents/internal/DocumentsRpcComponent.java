package io.openemp.data.documents.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.openemp.data.documents.api.DocumentStore;
import io.openemp.data.documents.api.DocumentStoreHealth;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcMethod;

/** The {@code documents} RPC component: {@code documents.health}, the document store's health record. */
@Component(service = RpcComponent.class)
public class DocumentsRpcComponent implements RpcComponent {

    private final DocumentStore store;

    @Activate
    public DocumentsRpcComponent(@Reference DocumentStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return "documents";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "The document store (MongoDB API): embedded server or external MongoDB";
    }

    @RpcMethod(name = "health", roles = Roles.VIEWER,
            description = "Whether the document server answers (ping round trip), embedded or external, its address,"
                    + " the components using it and command counts; the reason when it does not answer")
    public DocumentStoreHealth health() {
        return store.health();
    }
}
