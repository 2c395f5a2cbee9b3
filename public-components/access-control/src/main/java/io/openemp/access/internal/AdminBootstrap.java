package io.openemp.access.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the {@code admin} user at first start, so that no known password ever ships. The password is the
 * environment variable {@code OPENEMP_ADMIN_PASSWORD}, or a random one printed once to the log and written to
 * {@code data/openemp/admin-password} (owner read/write only). Nothing happens when {@code admin} exists.
 */
@Component(immediate = true)
public class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    static final String REALM = "karaf";
    static final String ADMIN = "admin";
    static final String ENV = "OPENEMP_ADMIN_PASSWORD";
    static final List<String> ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
    private List<JaasRealm> realms;

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
    private List<BackingEngineFactory> engines;

    @Activate
    void activate() {
        BackingEngine engine = engine();
        if (engine == null) {
            LOG.error("No user store found in the 'karaf' realm: the admin user cannot be created");
            return;
        }
        if (engine.lookupUser(ADMIN) != null) {
            return;
        }
        String fromEnv = System.getenv(ENV);
        boolean generated = fromEnv == null || fromEnv.isEmpty();
        String password = generated ? generate(24) : fromEnv;
        engine.addUser(ADMIN, password);
        for (String role : ROLES) {
            engine.addRole(ADMIN, role);
        }
        if (generated) {
            Path file = passwordFile();
            String where = write(file, password);
            LOG.warn("First start: created user 'admin' with the generated password {} ({}). "
                    + "Set {} before the first start to choose it.", password, where, ENV);
            System.out.println("OpenEMP first start: user 'admin', password " + password + " (" + where + ")");
        } else {
            LOG.info("First start: created user 'admin' with the password from {}", ENV);
        }
    }

    private BackingEngine engine() {
        for (JaasRealm realm : realms) {
            if (!REALM.equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                for (BackingEngineFactory factory : engines) {
                    // Karaf wraps realm modules in its ProxyLoginModule and names the real class in an option.
                    Object proxied = entry.getOptions().get("org.apache.karaf.jaas.module");
                    String module = proxied != null ? proxied.toString() : entry.getLoginModuleName();
                    if (factory.getModuleClass().equals(module)) {
                        return factory.build(entry.getOptions());
                    }
                }
            }
        }
        return null;
    }

    static String generate(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static Path passwordFile() {
        String data = System.getProperty("karaf.data", "data");
        return Paths.get(data, "openemp", "admin-password");
    }

    /** Writes the password readable by the owner only; returns where, for the log. */
    static String write(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.write(file, (password + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.TRUNCATE_EXISTING);
            return "also written to " + file.toAbsolutePath() + ", readable by its owner only";
        } catch (IOException e) {
            LOG.error("Could not write {}", file, e);
            return "could not be written to " + file.toAbsolutePath();
        }
    }
}
