package io.openemp.system.internal;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.openemp.bus.api.EventBus;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.rpc.api.ComponentInfo;
import io.openemp.rpc.api.RpcRegistry;

/** {@code system.*}: what runs here and whether it is healthy. */
@Component(service = RpcComponent.class)
public class SystemComponent implements RpcComponent {

    /** A plugin as system.info lists it. */
    public record Plugin(String id, String version, String state, String bundle, String bundleVersion) {
    }

    public record Info(String platformVersion, Instant startedAt, long uptimeSeconds, String javaVersion,
            String javaVendor, String karafVersion, String osgiFramework, int availableProcessors,
            long heapUsedBytes, long heapMaxBytes, List<Plugin> plugins) {
    }

    /** One check: {@code up}, {@code degraded} or {@code down}, with a line saying why. */
    public record Check(String name, String status, String detail) {
    }

    public record Health(String status, List<Check> checks) {
    }

    static final String UP = "up";
    static final String DEGRADED = "degraded";
    static final String DOWN = "down";

    private final RpcRegistry registry;
    private final Supplier<String> karafVersion;
    private final String platformVersion;
    private final String framework;
    private final File dataDirectory;
    private volatile EventBus bus;

    @Activate
    public SystemComponent(@Reference RpcRegistry registry, BundleContext context) {
        this(registry, () -> bundleVersion(context, "org.apache.karaf.features.core"),
                String.valueOf(context.getBundle().getHeaders().get("OpenEMP-Version")),
                context.getBundle(0).getSymbolicName() + " " + context.getBundle(0).getVersion(),
                new File(context.getProperty("karaf.data") == null ? "data" : context.getProperty("karaf.data")));
    }

    SystemComponent(RpcRegistry registry, Supplier<String> karafVersion, String platformVersion, String framework,
            File dataDirectory) {
        this.registry = registry;
        this.karafVersion = karafVersion;
        this.platformVersion = platformVersion;
        this.framework = framework;
        this.dataDirectory = dataDirectory;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindBus(EventBus bus) {
        this.bus = bus;
    }

    private List<ComponentInfo> components() {
        return registry.components();
    }

    void unbindBus(EventBus bus) {
        if (this.bus == bus) {
            this.bus = null;
        }
    }

    @Override
    public String id() {
        return "system";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Platform information and health";
    }

    @RpcMethod(name = "info", description = "Platform version, uptime, Java and Karaf versions, plugins")
    public Info info() {
        long startMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        List<Plugin> plugins = components().stream()
                .map(c -> new Plugin(c.id(), c.version(), c.state(), c.bundleSymbolicName(), c.bundleVersion()))
                .toList();
        return new Info(platformVersion, Instant.ofEpochMilli(startMillis),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000, System.getProperty("java.version"),
                System.getProperty("java.vendor"), karafVersion.get(), framework,
                Runtime.getRuntime().availableProcessors(), heap.getUsed(), heap.getMax(), plugins);
    }

    @RpcMethod(name = "ping", description = "Answers \"pong\": the cheapest call, for liveness checks and benchmarks")
    public String ping() {
        return "pong";
    }

    @RpcMethod(name = "health", description = "A check per dependency: registry, components, bus, disk, memory")
    public Health health() {
        List<Check> checks = new ArrayList<>();
        List<ComponentInfo> components = components();
        long failed = components.stream().filter(c -> ComponentInfo.FAILED.equals(c.state())).count();
        checks.add(new Check("registry", UP, components.size() + " components"));
        checks.add(failed == 0 ? new Check("components", UP, "none refused")
                : new Check("components", DEGRADED, failed + " refused: see rpc.components"));
        checks.add(bus != null ? new Check("bus", UP, "event admin available")
                : new Check("bus", DOWN, "no event bus"));
        long free = dataDirectory.getUsableSpace();
        long total = dataDirectory.getTotalSpace();
        String disk = free / (1024 * 1024) + " MB free of " + total / (1024 * 1024) + " MB under " + dataDirectory;
        checks.add(new Check("disk", total == 0 ? DOWN : free < 512L * 1024 * 1024 ? DEGRADED : UP, disk));
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double used = heap.getMax() > 0 ? (double) heap.getUsed() / heap.getMax() : 0;
        checks.add(new Check("memory", used > 0.9 ? DEGRADED : UP,
                String.format("heap %d of %d MB", heap.getUsed() >> 20, heap.getMax() >> 20)));
        String status = checks.stream().anyMatch(c -> DOWN.equals(c.status())) ? DOWN
                : checks.stream().anyMatch(c -> DEGRADED.equals(c.status())) ? DEGRADED : UP;
        return new Health(status, checks);
    }

    static String bundleVersion(BundleContext context, String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle.getVersion().getMajor() + "." + bundle.getVersion().getMinor() + "."
                        + bundle.getVersion().getMicro();
            }
        }
        return "unknown";
    }
}
