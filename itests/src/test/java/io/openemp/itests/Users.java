package io.openemp.itests;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Adds users to the platform's realm, the way an admin does with jaas:user-add. */
final class Users {

    private Users() {
    }

    static void add(BundleContext context, String user, String password, String... roles) throws Exception {
        BackingEngine engine = engine(context);
        if (engine.lookupUser(user) != null) {
            return;
        }
        engine.addUser(user, password);
        for (String role : roles) {
            engine.addRole(user, role);
        }
    }

    private static BackingEngine engine(BundleContext context) throws Exception {
        for (ServiceReference<JaasRealm> realmRef : context.getServiceReferences(JaasRealm.class, null)) {
            JaasRealm realm = context.getService(realmRef);
            if (!"karaf".equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                Object module = entry.getOptions().get("org.apache.karaf.jaas.module");
                for (ServiceReference<BackingEngineFactory> factoryRef : context.getServiceReferences(BackingEngineFactory.class, null)) {
                    BackingEngineFactory factory = context.getService(factoryRef);
                    if (factory.getModuleClass().equals(module)) {
                        return factory.build(entry.getOptions());
                    }
                }
            }
        }
        throw new IllegalStateException("no user store in the karaf realm");
    }
}
