package io.openemp.access.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

import io.openemp.plugin.api.Caller;

/** The first-start admin user (no known password ever ships), and the small helpers around logins. */
public class BootstrapTest {

    @Test
    public void theAdminPasswordComesFromTheEnvironment() throws Exception {
        Fixture f = new Fixture();
        Path file = Files.createTempDirectory("emp-access").resolve("openemp/admin-password");
        assertNull(AdminBootstrap.run(f.access, "chosen-by-the-operator", file));
        assertFalse("nothing is written when the password was chosen", Files.exists(file));
        Caller admin = f.access.authenticate("admin", "chosen-by-the-operator".toCharArray(), "http").orElseThrow();
        assertEquals(Set.of("admin", "manager", "viewer", "systembundles", "ssh"), admin.roles());
    }

    @Test
    public void otherwiseItIsGeneratedWrittenForTheOwnerOnlyAndWorks() throws Exception {
        Fixture f = new Fixture();
        Path file = Files.createTempDirectory("emp-access").resolve("openemp/admin-password");
        String generated = AdminBootstrap.run(f.access, null, file);
        assertNotNull(generated);
        assertEquals(generated + "\n", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(f.access.authenticate("admin", generated.toCharArray(), "http").isPresent());
        assertNull("a second start changes nothing", AdminBootstrap.run(f.access, "another-password", file));
        assertTrue(f.access.authenticate("admin", generated.toCharArray(), "http").isPresent());
        assertTrue(f.access.authenticate("admin", "another-password".toCharArray(), "http").isEmpty());
        assertTrue(AdminBootstrap.run(f.access, "", file) == null);
    }

    @Test
    public void generatedPasswordsAreLongAndDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String password = AdminBootstrap.generate(24);
            assertEquals(24, password.length());
            assertTrue(seen.add(password));
        }
    }

    @Test
    public void aLoginIsRememberedUntilItExpires() {
        AtomicLong now = new AtomicLong(1_000);
        CredentialCache cache = new CredentialCache(60_000, 100, now::get);
        cache.put("ann", "s3cret".toCharArray(), Set.of("viewer"));
        assertEquals(Set.of("viewer"), cache.get("ann", "s3cret".toCharArray()));
        assertNull("another password is not the same login", cache.get("ann", "s3cret!".toCharArray()));
        assertNull("another user is not the same login", cache.get("bob", "s3cret".toCharArray()));
        now.addAndGet(60_001);
        assertNull(cache.get("ann", "s3cret".toCharArray()));
    }

    @Test
    public void cacheKeysDoNotConfuseUserAndPasswordBoundaries() {
        assertFalse(CredentialCache.key("ab", "c".toCharArray()).equals(CredentialCache.key("a", "bc".toCharArray())));
        assertFalse(CredentialCache.key("ann", "s3cret".toCharArray()).contains("s3cret"));
    }

    @Test
    public void theCacheStaysBounded() {
        CredentialCache cache = new CredentialCache(60_000, 10, () -> 0L);
        for (int i = 0; i < 25; i++) {
            cache.put("user" + i, "pw".toCharArray(), Set.of());
        }
        int remembered = 0;
        for (int i = 0; i < 25; i++) {
            if (cache.get("user" + i, "pw".toCharArray()) != null) {
                remembered++;
            }
        }
        assertTrue(remembered <= 10);
        assertNotNull("the newest login is kept", cache.get("user24", "pw".toCharArray()));
    }
}
