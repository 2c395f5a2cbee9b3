package io.openemp.rpc.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.openemp.bus.api.EventBus;
import io.openemp.bus.api.Topics;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.rpc.api.CallAuditor;
import io.openemp.rpc.api.ComponentInfo;
import io.openemp.rpc.api.RpcDispatcher;
import io.openemp.rpc.api.RpcLimits;
import io.openemp.rpc.api.RpcRegistry;

/**
 * The registry in OSGi: serves every {@link RpcComponent} that {@link ComponentWhiteboard} hands it through one
 * {@link RpcDispatcher}, and announces components on the bus as {@code emp/plugin/<state>}. The whiteboard is a
 * component of its own so that a component may itself use the registry (system does) without a circular
 * reference.
 */
@Component(service = { RpcDispatcher.class, RpcRegistry.class, RegistryService.class }, immediate = true,
        configurationPid = RegistryService.PID)
@Designate(ocd = RegistryConfig.class)
public class RegistryService implements RpcDispatcher, RpcRegistry {

    static final String PID = "io.openemp.rpc";

    /**
     * Timers go to a composite: a simple registry of its own (so rpc.stats works alone) plus the platform's shared
     * registry when the system component publishes one (service property {@code openemp.metrics=shared}, scraped
     * at /metrics).
     */
    private final CompositeMeterRegistry meters = new CompositeMeterRegistry(Clock.SYSTEM, List.of(new SimpleMeterRegistry()));

    private final Registry registry = new Registry(meters);

    private volatile EventBus bus;

    @Activate
    void activate(RegistryConfig config, BundleContext context) {
        registry.configure(limits(config), config.workerThreads(), config.queueCapacity());
        registry.addBuiltIn(context.getBundle().getVersion().toString());
    }

    @Modified
    void modified(RegistryConfig config) {
        registry.configure(limits(config), config.workerThreads(), config.queueCapacity());
    }

    @Deactivate
    void deactivate() {
        registry.close();
    }

    private static RpcLimits limits(RegistryConfig config) {
        return new RpcLimits(config.maxRequestBytes(), config.maxBatchLength(), config.maxNestingDepth(),
                config.callTimeoutMillis());
    }

    /** Called by {@link ComponentWhiteboard}. */
    void bindComponent(RpcComponent component, ServiceReference<RpcComponent> reference) {
        Bundle bundle = reference.getBundle();
        long key = (Long) reference.getProperty(Constants.SERVICE_ID);
        announce(registry.table().add(key, component, bundle == null ? "?" : bundle.getSymbolicName(),
                bundle == null ? "?" : bundle.getVersion().toString(), false));
    }

    void unbindComponent(RpcComponent component, ServiceReference<RpcComponent> reference) {
        announce(registry.table().remove((Long) reference.getProperty(Constants.SERVICE_ID)));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindBus(EventBus bus) {
        this.bus = bus;
    }

    void unbindBus(EventBus bus) {
        if (this.bus == bus) {
            this.bus = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(openemp.metrics=shared)")
    void bindMeterRegistry(MeterRegistry shared) {
        meters.add(shared);
    }

    void unbindMeterRegistry(MeterRegistry shared) {
        meters.remove(shared);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAuditor(CallAuditor auditor) {
        registry.auditor(auditor);
    }

    void unbindAuditor(CallAuditor auditor) {
        registry.auditorGone(auditor);
    }

    private void announce(List<ComponentTable.Change> changes) {
        EventBus current = bus;
        if (current == null) {
            return;
        }
        for (ComponentTable.Change change : changes) {
            ComponentInfo info = change.component();
            current.publish(Topics.of(Topics.PLUGIN, change.state()), Map.of(
                    "id", String.valueOf(info.id()), "version", String.valueOf(info.version()),
                    "bundle", String.valueOf(info.bundleSymbolicName()),
                    "bundleVersion", String.valueOf(info.bundleVersion()),
                    "state", info.state(), "reason", info.reason() == null ? "" : info.reason()));
        }
    }

    @Override
    public byte[] dispatch(byte[] request, io.openemp.plugin.api.Caller caller) {
        return registry.dispatcher().dispatch(request, caller);
    }

    @Override
    public RpcLimits limits() {
        return registry.dispatcher().limits();
    }

    @Override
    public List<ComponentInfo> components() {
        return registry.table().infos();
    }

    /**
     * The registry without OSGi: table, dispatcher, workers and the built-in {@code rpc} component. Unit tests
     * use it directly.
     */
    static final class Registry implements AutoCloseable {

        private final ObjectMapper binder = Json.mapper(1000, Long.MAX_VALUE);
        private final ComponentTable table = new ComponentTable(new Introspector(binder, new Schemas(binder)));
        private final MeterRegistry meters;
        private volatile Dispatcher dispatcher;
        private CallAuditor auditor;
        private int workers;
        private int queue;

        Registry(MeterRegistry meters) {
            this.meters = meters;
        }

        synchronized void configure(RpcLimits limits, int workerThreads, int queueCapacity) {
            if (dispatcher == null) {
                dispatcher = new Dispatcher(table, binder, meters, limits, executor(workerThreads, queueCapacity));
                dispatcher.auditor(auditor);
            } else if (workerThreads != workers || queueCapacity != queue) {
                dispatcher.reconfigure(limits, executor(workerThreads, queueCapacity));
            } else {
                dispatcher.reconfigure(limits, dispatcher.workers());
            }
            workers = workerThreads;
            queue = queueCapacity;
        }

        synchronized void auditor(CallAuditor newAuditor) {
            auditor = newAuditor;
            if (dispatcher != null) {
                dispatcher.auditor(newAuditor);
            }
        }

        synchronized void auditorGone(CallAuditor gone) {
            if (auditor == gone) {
                auditor(null);
            }
        }

        void addBuiltIn(String platformVersion) {
            table.add(-1, new RpcSelf(table, binder, platformVersion), "io.openemp.rpc-registry", platformVersion, true);
        }

        ComponentTable table() {
            return table;
        }

        Dispatcher dispatcher() {
            return dispatcher;
        }

        @Override
        public synchronized void close() {
            if (dispatcher != null) {
                dispatcher.workers().shutdownNow();
            }
        }

        private static ExecutorService executor(int threads, int queueCapacity) {
            AtomicInteger n = new AtomicInteger();
            ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(queueCapacity), r -> {
                        Thread t = new Thread(r, "emp-rpc-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            executor.allowCoreThreadTimeOut(true);
            return executor;
        }
    }
}
