package io.openemp.plugin.modbus.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.ModbusEndpoint;
import io.openemp.plugin.modbus.api.ModbusMaster;
import io.openemp.plugin.modbus.api.ModbusStats;
import io.openemp.plugin.modbus.api.ProfileCatalog;
import io.openemp.plugin.modbus.api.ProfileInfo;
import io.openemp.plugin.modbus.api.ProfileProblem;
import io.openemp.plugin.modbus.api.ReadOptions;
import io.openemp.plugin.modbus.api.ReadResult;

/**
 * The plugin's OSGi component: publishes the {@link ModbusMaster} and the {@link ProfileCatalog} services, built
 * from configuration PID {@value #PID}. A changed configuration restarts it (DS default), which closes the
 * connections.
 */
@Component(service = { ModbusMaster.class, ProfileCatalog.class }, configurationPid = ModbusPlugin.PID)
@Designate(ocd = ModbusConfig.class)
public class ModbusPlugin implements ModbusMaster, ProfileCatalog {

    /** The configuration PID. */
    public static final String PID = "io.openemp.plugin.modbus";

    private static final Logger LOG = LoggerFactory.getLogger(ModbusPlugin.class);

    private volatile NettyModbusMaster master;
    private volatile ProfileStore profiles;

    @Activate
    void activate(ModbusConfig config) {
        MasterSettings settings = new MasterSettings(config.requestTimeoutMillis(), config.retries(),
                config.connectTimeoutMillis(), config.idleSeconds(), config.maxEndpoints(), config.ioThreads());
        profiles = new ProfileStore(folder(config.profilesFolder()));
        master = new NettyModbusMaster(settings);
        LOG.info("Modbus master started: profiles in {}, {} (timeout {} ms, {} retries)", profiles.folder(),
                profiles.list().size() + " profiles", settings.timeoutMillis(), settings.retries());
    }

    @Deactivate
    void deactivate() {
        NettyModbusMaster m = master;
        if (m != null) {
            m.close();
        }
    }

    /** The configured folder, or {@code ${karaf.etc}/openemp/modbus-profiles} ({@code etc/...} outside Karaf). */
    static Path folder(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured.trim());
        }
        String etc = System.getProperty("karaf.etc");
        return Paths.get(etc == null ? "etc" : etc, "openemp", "modbus-profiles");
    }

    @Override
    public CompletableFuture<ReadResult> readAsync(ModbusEndpoint endpoint, DeviceProfile profile, ReadOptions options) {
        return master.readAsync(endpoint, profile, options);
    }

    @Override
    public ModbusStats stats() {
        return master.stats();
    }

    @Override
    public List<ProfileInfo> list() {
        return profiles.list();
    }

    @Override
    public Optional<DeviceProfile> get(String id) {
        return profiles.get(id);
    }

    @Override
    public ProfileInfo put(DeviceProfile profile) {
        return profiles.put(profile);
    }

    @Override
    public List<ProfileProblem> loadProblems() {
        return profiles.loadProblems();
    }
}
