package io.openemp.system.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;

/**
 * Config Admin and the metatype service. The definition of a PID comes from the bundle that designates it
 * (bnd writes {@code OSGI-INF/metatype} from {@code @Designate}), found by asking each bundle's metatype
 * information for its PIDs. PIDs reach filters only after {@link ConfigService#checkPid} allowed them.
 */
final class OsgiConfigBackend implements ConfigBackend {

    private final ConfigurationAdmin admin;
    private final MetaTypeService metatype;
    private final BundleContext context;
    private final String prefix;

    OsgiConfigBackend(ConfigurationAdmin admin, MetaTypeService metatype, BundleContext context, String prefix) {
        this.admin = admin;
        this.metatype = metatype;
        this.context = context;
        this.prefix = prefix;
    }

    @Override
    public List<String> pids() throws IOException {
        TreeSet<String> pids = new TreeSet<>();
        try {
            Configuration[] configurations = admin.listConfigurations("(service.pid=" + prefix + "*)");
            if (configurations != null) {
                for (Configuration c : configurations) {
                    pids.add(c.getPid());
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (metatype != null) {
            for (Bundle bundle : context.getBundles()) {
                MetaTypeInformation info = metatype.getMetaTypeInformation(bundle);
                if (info != null && info.getPids() != null) {
                    for (String pid : info.getPids()) {
                        if (pid.startsWith(prefix)) {
                            pids.add(pid);
                        }
                    }
                }
            }
        }
        return List.copyOf(pids);
    }

    @Override
    public Optional<Stored> read(String pid) throws IOException {
        Configuration configuration = find(pid);
        if (configuration == null || configuration.getProperties() == null) {
            return Optional.empty();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        Dictionary<String, Object> dictionary = configuration.getProperties();
        for (String key : Collections.list(dictionary.keys())) {
            if (!MetatypeValidator.RESERVED.contains(key)) {
                properties.put(key, dictionary.get(key));
            }
        }
        return Optional.of(new Stored(properties, configuration.getFactoryPid()));
    }

    @Override
    public Optional<Described> describe(String pid, String factoryPid) {
        if (metatype == null) {
            return Optional.empty();
        }
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = metatype.getMetaTypeInformation(bundle);
            if (info == null) {
                continue;
            }
            if (contains(info.getPids(), pid)) {
                return Optional.of(new Described(info.getObjectClassDefinition(pid, null), bundle.getSymbolicName()));
            }
            if (factoryPid != null && contains(info.getFactoryPids(), factoryPid)) {
                return Optional.of(new Described(info.getObjectClassDefinition(factoryPid, null), bundle.getSymbolicName()));
            }
        }
        return Optional.empty();
    }

    @Override
    public void write(String pid, Map<String, Object> properties) throws IOException {
        Configuration configuration = find(pid);
        if (configuration == null) {
            configuration = admin.getConfiguration(pid, null);
        }
        Dictionary<String, Object> dictionary = new Hashtable<>(properties);
        configuration.update(dictionary);
    }

    private Configuration find(String pid) throws IOException {
        try {
            Configuration[] found = admin.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
            return found == null || found.length == 0 ? null : found[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean contains(String[] values, String value) {
        if (values == null) {
            return false;
        }
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
