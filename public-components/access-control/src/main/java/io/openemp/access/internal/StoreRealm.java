package io.openemp.access.internal;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The JAAS realm {@code karaf} on the OpenEMP user store. Karaf uses the realm of that name with the highest rank,
 * so this one (rank {@code realmRank}, 100 by default) replaces Karaf's properties-file realm for the console, ssh
 * and every other JAAS login, while this bundle runs.
 */
@Component(service = JaasRealm.class, configurationPid = AccessService.PID)
public class StoreRealm implements JaasRealm {

    static final String NAME = "karaf";

    private final AppConfigurationEntry[] entries;
    private final int rank;

    @Activate
    public StoreRealm(@Reference AccessService service, BundleContext context, AccessConfig config) {
        this(service, context.getBundle().getBundleId(), config.realmRank());
    }

    StoreRealm(AccessService service, long bundleId, int rank) {
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, StoreLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(bundleId));
        options.put(StoreLoginModule.SERVICE, service);
        this.entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options) };
        this.rank = rank;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return rank;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
