package io.openemp.access.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class AccessInternalsTest {

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
    public void keysDoNotConfuseUserAndPasswordBoundaries() {
        assertNotEquals(CredentialCache.key("ab", "c".toCharArray()), CredentialCache.key("a", "bc".toCharArray()));
        assertTrue("the key is a digest, not the password", !CredentialCache.key("ann", "s3cret".toCharArray()).contains("s3cret"));
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
        assertTrue("the newest login is kept", cache.get("user24", "pw".toCharArray()) != null);
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
    public void theAdminLineIsAppendedWholeKeepingTheFile() throws Exception {
        Path users = Files.createTempDirectory("emp-users").resolve("users.properties");
        Files.writeString(users, "# comment\n_g_\\:admingroup = group,admin\n");
        AdminBootstrap.appendAtomically(users, "admin = {CRYPT}abc{CRYPT},admin,viewer");
        assertEquals("# comment\n_g_\\:admingroup = group,admin\nadmin = {CRYPT}abc{CRYPT},admin,viewer\n", Files.readString(users));
        assertTrue("no temporary file left", Files.list(users.getParent()).count() == 1);
    }

    @Test
    public void thePasswordFileIsReadableByItsOwnerOnly() throws Exception {
        Path dir = Files.createTempDirectory("emp-access");
        Path file = dir.resolve("openemp/admin-password");
        AdminBootstrap.write(file, "pw-123");
        assertEquals("pw-123\n", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
