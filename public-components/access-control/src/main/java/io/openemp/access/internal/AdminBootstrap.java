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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the {@code admin} user in the user store at first start, so that no known password ever ships. The
 * password is the environment variable {@code OPENEMP_ADMIN_PASSWORD}, or a random one printed once to the log and
 * the console and written to {@code data/openemp/admin-password} (owner read/write only). Nothing happens when
 * {@code admin} exists.
 */
final class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    static final String ADMIN = "admin";
    static final String ENV = "OPENEMP_ADMIN_PASSWORD";
    static final List<String> ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private AdminBootstrap() {
    }

    /**
     * @param fromEnv the value of {@value #ENV}, or null
     * @param passwordFile where a generated password is written
     * @return the generated password, or null when none was generated
     */
    static String run(AccessService service, String fromEnv, Path passwordFile) {
        boolean generated = fromEnv == null || fromEnv.isEmpty();
        String password = generated ? generate(24) : fromEnv;
        if (!service.createAdminIfMissing(password.toCharArray())) {
            return null;
        }
        if (!generated) {
            LOG.info("First start: created user 'admin' with the password from {}", ENV);
            return null;
        }
        String where = write(passwordFile, password);
        LOG.warn("First start: created user 'admin' with the generated password {} ({}). "
                + "Set {} before the first start to choose it.", password, where, ENV);
        System.out.println("OpenEMP first start: user 'admin', password " + password + " (" + where + ")");
        return password;
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
