package io.openemp.data.documents.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.MeterRegistry;
import io.openemp.data.documents.api.DocumentStore;
import io.openemp.data.documents.api.DocumentStoreHealth;
import io.openemp.data.documents.api.ServerKind;

/**
 * The {@link DocumentStore} service, configured by PID {@value #PID}. Activation starts the embedded server
 * (no URI) or connects to the configured MongoDB; a changed configuration restarts the component (and with it
 * the components holding it). A configuration that cannot work does not stop the service from registering:
 * it stays up, {@link #database} refuses with the reason and {@link #health} reports it.
 */
@Component(service = DocumentStore.class, configurationPid = DocumentStoreComponent.PID, immediate = true)
@Designate(ocd = DocumentStoreConfig.class)
public class DocumentStoreComponent implements DocumentStore {

    /** The configuration PID. */
    public static final String PID = "io.openemp.data.documents";

    private static final Logger LOG = LoggerFactory.getLogger(DocumentStoreComponent.class);

    private final CommandMetrics metrics = new CommandMetrics();
    private final Set<String> components = ConcurrentHashMap.newKeySet();
    private volatile ServerKind kind = ServerKind.EMBEDDED;
    private volatile StoreConnection connection;
    private volatile String failure = "the document store is not started";

    @Activate
    void activate(DocumentStoreConfig config) {
        try {
            Settings settings = Settings.of(config);
            kind = settings.kind();
            connection = StoreConnection.open(settings, metrics);
            failure = null;
        } catch (StoreUnavailableException | IllegalArgumentException e) {
            failure = e.getMessage();
            LOG.error("document store unavailable: {} (configuration PID {})", failure, PID);
        }
    }

    @Deactivate
    void deactivate() {
        StoreConnection current = connection;
        connection = null;
        failure = "the document store is stopped";
        if (current != null) {
            current.close();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindMeterRegistry(MeterRegistry registry) {
        metrics.bind(registry);
    }

    void unbindMeterRegistry(MeterRegistry registry) {
        metrics.unbind(registry);
    }

    @Override
    public MongoDatabase database(String componentId) {
        String name = DocumentStore.databaseName(componentId);
        StoreConnection current = connection;
        if (current == null) {
            throw new IllegalStateException("document store unavailable: " + failure);
        }
        components.add(componentId);
        return current.client().getDatabase(name);
    }

    @Override
    public DocumentStoreHealth health() {
        StoreConnection current = connection;
        List<String> asked = components.stream().sorted().toList();
        if (current == null) {
            return new DocumentStoreHealth(false, kind, null, null, failure, asked, metrics.succeeded(),
                    metrics.failed(), Instant.now());
        }
        HealthProbe.Result probe = HealthProbe.probe(current.client(), current.address());
        return new DocumentStoreHealth(probe.reachable(), current.kind(), current.address(), probe.roundTripMillis(),
                probe.error(), asked, metrics.succeeded(), metrics.failed(), Instant.now());
    }

    /** The running connection, or null: for tests of this package. */
    StoreConnection connection() {
        return connection;
    }
}
