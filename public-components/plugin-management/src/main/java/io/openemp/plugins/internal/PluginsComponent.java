package io.openemp.plugins.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugins.api.Outcome;
import io.openemp.plugins.api.Plugin;
import io.openemp.rpc.api.RpcRegistry;

/** {@code plugins.*}: list, install, upgrade and uninstall plugin features. */
@Component(service = RpcComponent.class, configurationPid = PluginsComponent.PID)
@Designate(ocd = PluginsConfig.class)
public class PluginsComponent implements RpcComponent {

    static final String PID = "io.openemp.plugins";
    /** Feature operations resolve, download and start bundles: longer than the default call limit. */
    static final long OPERATION_TIMEOUT = 600_000;

    private volatile PluginManager manager;
    private final FeatureBackend backend;
    private final RpcRegistry registry;
    private final Path defaultFolder;

    @Activate
    public PluginsComponent(@Reference FeaturesService features, @Reference RpcRegistry registry, BundleContext context,
            PluginsConfig config) {
        this(new KarafFeatureBackend(features), registry, defaultFolder(context), config);
    }

    PluginsComponent(FeatureBackend backend, RpcRegistry registry, Path defaultFolder, PluginsConfig config) {
        this.backend = backend;
        this.registry = registry;
        this.defaultFolder = defaultFolder;
        configure(config);
    }

    @Modified
    void configure(PluginsConfig config) {
        Path folder = config.folder() == null || config.folder().isBlank() ? defaultFolder : Path.of(config.folder());
        manager = new PluginManager(backend, registry,
                new PluginCatalog(backend, new PluginFolder(folder), Arrays.asList(config.prefixes())), config.waitMillis());
    }

    static Path defaultFolder(BundleContext context) {
        String home = context.getProperty("karaf.home");
        return Path.of(home == null ? "." : home, "plugins");
    }

    @Override
    public String id() {
        return "plugins";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Plugin management: list, install, upgrade, uninstall plugin features";
    }

    @RpcMethod(name = "list", description = "Every plugin version from the distribution and the local plugin folder, installed or not",
            roles = { Roles.ADMIN, Roles.MANAGER }, timeoutMillis = OPERATION_TIMEOUT)
    public List<Plugin> list() throws Exception {
        return manager.list();
    }

    @RpcMethod(name = "install", description = "Installs a plugin (its newest version unless one is named); refused and rolled back when a component id clashes",
            roles = Roles.ADMIN, mutating = true, timeoutMillis = OPERATION_TIMEOUT)
    public Outcome install(@Param(value = "name", description = "feature name, e.g. openemp-plugin-degree-days") String name,
            @Param(value = "version", required = false, description = "feature version; newest when left out") String version)
            throws Exception {
        return failures(() -> manager.install(name, version));
    }

    @RpcMethod(name = "upgrade", description = "Installs a newer version, waits until it is active, then uninstalls the old one; the old one serves until then",
            roles = Roles.ADMIN, mutating = true, timeoutMillis = OPERATION_TIMEOUT)
    public Outcome upgrade(@Param(value = "name", description = "feature name") String name,
            @Param(value = "version", required = false, description = "version to upgrade to; newest when left out") String version)
            throws Exception {
        return failures(() -> manager.upgrade(name, version));
    }

    @RpcMethod(name = "uninstall", description = "Uninstalls a plugin (its installed version unless one is named)",
            roles = Roles.ADMIN, mutating = true, timeoutMillis = OPERATION_TIMEOUT)
    public Outcome uninstall(@Param(value = "name", description = "feature name") String name,
            @Param(value = "version", required = false, description = "feature version; the installed one when left out") String version)
            throws Exception {
        return failures(() -> manager.uninstall(name, version));
    }

    private interface Call {
        Outcome run() throws Exception;
    }

    /** A failure of the feature service (resolution, download) is the caller's information, not an internal error. */
    private static Outcome failures(Call call) throws Exception {
        try {
            return call.run();
        } catch (RpcException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new RpcException(PluginManager.OPERATION_FAILED, "The feature service failed: " + message,
                    java.util.Map.of("reason", message));
        }
    }
}
