package io.openemp.system.internal;

import java.io.File;
import java.io.IOException;
import java.util.Map;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.openemp.bus.api.EventBus;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.rpc.api.ComponentInfo;
import io.openemp.rpc.api.RpcRegistry;

/** {@code system.*}: what runs here, whether it is healthy, its configuration and its log levels. */
@Component(service = RpcComponent.class, configurationPid = SystemComponent.PID)
@Designate(ocd = SystemConfig.class)
public class SystemComponent implements RpcComponent {

    static final String PID = "io.openemp.system";

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

    /** Loggers and their levels. */
    public record LogLevel(String logger, String level) {
    }

    static final String UP = "up";
    static final String DEGRADED = "degraded";
    static final String DOWN = "down";

    private final RpcRegistry registry;
    private final Supplier<String> karafVersion;
    private final String platformVersion;
    private final String framework;
    private final File dataDirectory;
    private volatile SystemConfig config;
    private volatile EventBus bus;
    private volatile DataSource dataSource;
    private volatile Probe documents;
    private volatile LogLevels logLevels;
    private volatile ConfigBackend configBackend;
    private volatile ConfigurationAdmin configAdmin;
    private volatile MetaTypeService metatype;
    private BundleContext context;

    @Activate
    public SystemComponent(@Reference RpcRegistry registry, BundleContext context, SystemConfig config) {
        this(registry, () -> bundleVersion(context, "org.apache.karaf.features.core"),
                String.valueOf(context.getBundle().getHeaders().get("OpenEMP-Version")),
                context.getBundle(0).getSymbolicName() + " " + context.getBundle(0).getVersion(),
                new File(context.getProperty("karaf.data") == null ? "data" : context.getProperty("karaf.data")), config);
        this.context = context;
        rebuildConfigBackend();
    }

    SystemComponent(RpcRegistry registry, Supplier<String> karafVersion, String platformVersion, String framework,
            File dataDirectory, SystemConfig config) {
        this.registry = registry;
        this.karafVersion = karafVersion;
        this.platformVersion = platformVersion;
        this.framework = framework;
        this.dataDirectory = dataDirectory;
        this.config = config;
    }

    @Modified
    void modified(SystemConfig config) {
        this.config = config;
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(dataSourceName=emp)")
    void bindDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void unbindDataSource(DataSource dataSource) {
        if (this.dataSource == dataSource) {
            this.dataSource = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + Probe.NAME + "=documents)")
    void bindDocuments(Probe probe) {
        this.documents = probe;
    }

    void unbindDocuments(Probe probe) {
        if (this.documents == probe) {
            this.documents = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindLogLevels(LogLevels levels) {
        this.logLevels = levels;
    }

    void unbindLogLevels(LogLevels levels) {
        if (this.logLevels == levels) {
            this.logLevels = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindConfigAdmin(ConfigurationAdmin admin) {
        this.configAdmin = admin;
        rebuildConfigBackend();
    }

    void unbindConfigAdmin(ConfigurationAdmin admin) {
        if (this.configAdmin == admin) {
            this.configAdmin = null;
            rebuildConfigBackend();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindMetatype(MetaTypeService metatype) {
        this.metatype = metatype;
        rebuildConfigBackend();
    }

    void unbindMetatype(MetaTypeService metatype) {
        if (this.metatype == metatype) {
            this.metatype = null;
            rebuildConfigBackend();
        }
    }

    private synchronized void rebuildConfigBackend() {
        ConfigurationAdmin admin = configAdmin;
        configBackend = admin == null || context == null ? null
                : new OsgiConfigBackend(admin, metatype, context, ConfigService.PREFIX);
    }

    /** For tests: configurations without Config Admin. */
    void setConfigBackend(ConfigBackend backend) {
        this.configBackend = backend;
    }

    private List<ComponentInfo> components() {
        return registry.components();
    }

    @Override
    public String id() {
        return "system";
    }

    @Override
    public String version() {
        return "1.1.0";
    }

    @Override
    public String description() {
        return "Platform information, health, configuration and log levels";
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

    @RpcMethod(name = "health", description = "A check per dependency: relational store, document store, disk, bus, memory, each RPC component; up, degraded or down overall")
    public Health health() {
        SystemConfig c = config;
        long timeout = c.checkTimeoutMillis();
        List<Check> checks = new ArrayList<>();
        checks.add(Checks.relational(dataSource, timeout));
        checks.add(Checks.documents(documents, timeout));
        checks.add(Checks.disk(dataDirectory, c.diskMinFreeMb()));
        checks.add(Checks.bus(bus, timeout));
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double used = heap.getMax() > 0 ? (double) heap.getUsed() / heap.getMax() : 0;
        checks.add(new Check("memory", used > 0.9 ? DEGRADED : UP,
                String.format("heap %d of %d MB", heap.getUsed() >> 20, heap.getMax() >> 20)));
        checks.addAll(Checks.components(components()));
        return new Health(overall(checks), checks);
    }

    static String overall(List<Check> checks) {
        return checks.stream().anyMatch(c -> DOWN.equals(c.status())) ? DOWN
                : checks.stream().anyMatch(c -> DEGRADED.equals(c.status())) ? DEGRADED : UP;
    }

    @RpcMethod(name = "config.list", description = "Every io.openemp.* configuration PID: configured or not, described by a metatype or not",
            roles = { Roles.ADMIN, Roles.MANAGER })
    public List<ConfigService.Entry> configList() throws RpcException, IOException {
        return configs().list();
    }

    @RpcMethod(name = "config.get", description = "A configuration: each attribute's definition and value (passwords masked)",
            roles = { Roles.ADMIN, Roles.MANAGER })
    public ConfigService.View configGet(@Param(value = "pid", description = "e.g. io.openemp.rpc") String pid)
            throws RpcException, IOException {
        return configs().get(pid);
    }

    @RpcMethod(name = "config.set", description = "Changes keys of a configuration after validating every value against its metatype; null removes a key (its default applies)",
            roles = Roles.ADMIN, mutating = true)
    public ConfigService.View configSet(@Param(value = "pid", description = "e.g. io.openemp.rpc") String pid,
            @Param(value = "values", description = "an object of new values by key: strings, numbers, booleans, arrays of them, or null to remove a key") Object values)
            throws RpcException, IOException {
        // typed Object, not Map: the registry's schemas close every object, which would refuse every key
        if (!(values instanceof Map<?, ?> map)) {
            throw RpcException.invalidParams("values", "must be an object of keys and their new values");
        }
        Map<String, Object> changes = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> changes.put(String.valueOf(k), v));
        return configs().set(pid, changes);
    }

    @RpcMethod(name = "log.get", description = "Log levels: every configured logger, or one logger's effective level",
            roles = { Roles.ADMIN, Roles.MANAGER })
    public List<LogLevel> logGet(@Param(value = "logger", required = false, description = "a logger name, or ROOT") String logger)
            throws RpcException {
        LogLevels levels = levels();
        Map<String, String> found = levels.get(logger == null ? null : Levels.logger(logger));
        return found.entrySet().stream().map(e -> new LogLevel(e.getKey(), e.getValue())).toList();
    }

    @RpcMethod(name = "log.set", description = "Sets a logger's level at run time (DEFAULT: inherit again); kept across restarts",
            roles = Roles.ADMIN, mutating = true)
    public List<LogLevel> logSet(@Param(value = "logger", description = "a logger name, or ROOT") String logger,
            @Param(value = "level", description = "TRACE, DEBUG, INFO, WARN, ERROR, OFF or DEFAULT") String level)
            throws RpcException {
        String name = Levels.logger(logger);
        String checked = Levels.level(level);
        LogLevels levels = levels();
        levels.set(name, checked);
        return levels.get(name).entrySet().stream().map(e -> new LogLevel(e.getKey(), e.getValue())).toList();
    }

    private ConfigService configs() throws RpcException {
        ConfigBackend backend = configBackend;
        if (backend == null) {
            throw unavailable("Configuration Admin is not available");
        }
        return new ConfigService(backend);
    }

    private LogLevels levels() throws RpcException {
        LogLevels levels = logLevels;
        if (levels == null) {
            throw unavailable("Karaf's log service is not available (feature log)");
        }
        return levels;
    }

    /** The application error of a method whose platform service is not installed or not running. */
    static final int DEPENDENCY_UNAVAILABLE = 4601;

    private static RpcException unavailable(String reason) {
        return new RpcException(DEPENDENCY_UNAVAILABLE, reason, Map.of("reason", reason));
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
