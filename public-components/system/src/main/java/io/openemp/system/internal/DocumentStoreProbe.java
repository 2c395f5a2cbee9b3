package io.openemp.system.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.openemp.data.documents.api.DocumentStore;
import io.openemp.data.documents.api.DocumentStoreHealth;
import io.openemp.system.internal.SystemComponent.Check;

/** The document store's own health (a ping of its server), as a check. */
@Component(service = Probe.class, property = Probe.NAME + "=documents")
public class DocumentStoreProbe implements Probe {

    private final DocumentStore store;

    @Activate
    public DocumentStoreProbe(@Reference DocumentStore store) {
        this.store = store;
    }

    @Override
    public Check check(long timeoutMillis) {
        return of(store.health());
    }

    static Check of(DocumentStoreHealth health) {
        if (!health.reachable()) {
            return new Check("documents", SystemComponent.DOWN,
                    health.kind() + " server " + health.address() + " not reachable: " + health.error());
        }
        return new Check("documents", SystemComponent.UP, String.format("%s server %s answered in %.1f ms",
                health.kind(), health.address(), health.roundTripMillis() == null ? 0.0 : health.roundTripMillis()));
    }
}
