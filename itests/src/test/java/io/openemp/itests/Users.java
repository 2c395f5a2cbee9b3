package io.openemp.itests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Adds users to the platform's realm, the way an admin does with jaas:user-add. */
final class Users {

    private Users() {
    }

    /**
     * Adds {@code user} in one atomic write of users.properties (hash and roles together): Karaf re-encrypts
     * any password it reads unflagged, so a line written in several saves can be caught half-written.
     */
    static void add(BundleContext context, String user, String password, String... roles) throws Exception {
        AppConfigurationEntry entry = entry(context);
        if (engineFor(context, entry).lookupUser(user) != null) {
            return;
        }
        String hashed = new EncryptionSupport(entry.getOptions()).encrypt(password);
        Path file = Paths.get(entry.getOptions().get("users").toString());
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        Path copy = file.resolveSibling("users.properties.itest");
        Files.writeString(copy, text + (text.endsWith("\n") ? "" : "\n") + user + " = " + hashed + ","
                + String.join(",", roles) + "\n", StandardCharsets.ISO_8859_1);
        Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static BackingEngine engineFor(BundleContext context, AppConfigurationEntry entry) throws Exception {
        Object module = entry.getOptions().get("org.apache.karaf.jaas.module");
        for (ServiceReference<BackingEngineFactory> ref : context.getServiceReferences(BackingEngineFactory.class, null)) {
            BackingEngineFactory factory = context.getService(ref);
            if (factory.getModuleClass().equals(module)) {
                return factory.build(entry.getOptions());
            }
        }
        throw new IllegalStateException("no backing engine for " + module);
    }

    private static AppConfigurationEntry entry(BundleContext context) throws Exception {
        for (ServiceReference<JaasRealm> realmRef : context.getServiceReferences(JaasRealm.class, null)) {
            JaasRealm realm = context.getService(realmRef);
            if (!"karaf".equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                if ("org.apache.karaf.jaas.modules.properties.PropertiesLoginModule".equals(
                        entry.getOptions().get("org.apache.karaf.jaas.module"))) {
                    return entry;
                }
            }
        }
        throw new IllegalStateException("no user store in the karaf realm");
    }
}
