package io.openemp.rpc.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.openemp.plugin.api.RpcComponent;

/**
 * The whiteboard: hands every {@link RpcComponent} service to the registry as it comes and takes it back as it
 * goes. It starts after the registry, so components that use the registry bind without a cycle.
 */
@Component(immediate = true)
public class ComponentWhiteboard {

    private final RegistryService registry;
    private final Map<Long, ServiceReference<RpcComponent>> bound = new ConcurrentHashMap<>();

    @Activate
    public ComponentWhiteboard(@Reference RegistryService registry) {
        this.registry = registry;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindComponent(RpcComponent component, ServiceReference<RpcComponent> reference) {
        bound.put((Long) reference.getProperty(Constants.SERVICE_ID), reference);
        registry.bindComponent(component, reference);
    }

    void unbindComponent(RpcComponent component, ServiceReference<RpcComponent> reference) {
        bound.remove((Long) reference.getProperty(Constants.SERVICE_ID));
        registry.unbindComponent(component, reference);
    }

    @Deactivate
    void deactivate() {
        bound.values().forEach(reference -> registry.unbindComponent(null, reference));
        bound.clear();
    }
}
