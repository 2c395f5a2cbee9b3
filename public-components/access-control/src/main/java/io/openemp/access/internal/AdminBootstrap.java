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
import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;
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
    static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
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
        AppConfigurationEntry entry = propertiesEntry();
        if (entry == null) {
            LOG.error("No user store found in the 'karaf' realm: the admin user cannot be created");
            return;
        }
        BackingEngine engine = engineFor(entry);
        if (engine.lookupUser(ADMIN) != null) {
            return;
        }
        String fromEnv = System.getenv(ENV);
        boolean generated = fromEnv == null || fromEnv.isEmpty();
        String password = generated ? generate(24) : fromEnv;
        // One atomic write of the whole line (hash and roles). Karaf watches users.properties and re-encrypts
        // any password it reads unflagged: a file half-written by several saves would get a hash of a hash.
        String hashed = new EncryptionSupport(entry.getOptions()).encrypt(password);
        Object usersOption = entry.getOptions().get("users");
        Path usersFile = usersOption != null ? Paths.get(usersOption.toString())
                : Paths.get(System.getProperty("karaf.etc", "etc"), "users.properties");
        try {
            appendAtomically(usersFile, ADMIN + " = " + hashed + "," + String.join(",", ROLES));
        } catch (IOException e) {
            LOG.error("Could not write the admin user to {}", usersFile, e);
            return;
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

    /** The realm's properties-file login module entry (the one a backing engine exists for), or null. */
    private AppConfigurationEntry propertiesEntry() {
        for (JaasRealm realm : realms) {
            if (!REALM.equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                if (factoryFor(entry) != null && PROPERTIES_MODULE.equals(moduleOf(entry))) {
                    return entry;
                }
            }
        }
        return null;
    }

    private BackingEngine engineFor(AppConfigurationEntry entry) {
        return factoryFor(entry).build(entry.getOptions());
    }

    private BackingEngineFactory factoryFor(AppConfigurationEntry entry) {
        String module = moduleOf(entry);
        for (BackingEngineFactory factory : engines) {
            if (factory.getModuleClass().equals(module)) {
                return factory;
            }
        }
        return null;
    }

    /** Karaf wraps realm modules in its ProxyLoginModule and names the real class in an option. */
    private static String moduleOf(AppConfigurationEntry entry) {
        Object proxied = entry.getOptions().get("org.apache.karaf.jaas.module");
        return proxied != null ? proxied.toString() : entry.getLoginModuleName();
    }

    /** Appends {@code line} to {@code file} by writing a complete copy beside it and renaming it over. */
    static void appendAtomically(Path file, String line) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        if (!text.isEmpty() && !text.endsWith("\n")) {
            text += "\n";
        }
        Path copy = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(copy, text + line + "\n", StandardCharsets.ISO_8859_1);
        Files.move(copy, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
