package io.openemp.access.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import io.openemp.access.internal.Records.AuditEntry;
import io.openemp.access.internal.Records.AuditFilter;
import io.openemp.access.internal.Records.UserChange;
import io.openemp.plugin.api.Caller;

/** Password logins on the real store: argon2id hashes, roles, disabled users, the login cache, audit entries. */
public class LoginTest {

    private static final AuditFilter LOGINS = new AuditFilter(null, null, null, "login", null, null);

    @Test
    public void theRightPasswordLogsInWithTheUsersRoles() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer", "manager");
        Optional<Caller> caller = f.access.authenticate("ann", Fixture.password("ann").toCharArray(), "http", "10.0.0.1");
        assertTrue(caller.isPresent());
        assertEquals("ann", caller.get().user());
        assertEquals(Set.of("viewer", "manager"), caller.get().roles());
        assertEquals("http", caller.get().transport());
    }

    @Test
    public void aWrongPasswordOrUnknownUserIsRefused() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        assertTrue(f.access.authenticate("ann", "pw-ann-wrong".toCharArray(), "http").isEmpty());
        assertTrue(f.access.authenticate("ann", "".toCharArray(), "http").isEmpty());
        assertTrue(f.access.authenticate("nobody", Fixture.password("ann").toCharArray(), "http").isEmpty());
        assertTrue(f.access.authenticate("ANN", Fixture.password("ann").toCharArray(), "http").isEmpty());
        assertTrue(f.access.authenticate("", "x".toCharArray(), "http").isEmpty());
        assertTrue(f.access.authenticate(null, "x".toCharArray(), "http").isEmpty());
        assertTrue(f.access.authenticate("ann", null, "http").isEmpty());
        assertTrue("an oversized password is refused unhashed",
                f.access.authenticate("ann", "x".repeat(1_000_000).toCharArray(), "http").isEmpty());
        assertTrue(f.access.authenticate("ann\nok", "x".toCharArray(), "http").isEmpty());
    }

    @Test
    public void onlyAnArgon2idHashIsStored() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        f.user("bob", null, "viewer");
        try (Connection c = f.db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, password_hash FROM access_user ORDER BY name")) {
            List<String> hashes = new java.util.ArrayList<>();
            while (rs.next()) {
                String hash = rs.getString(2);
                assertTrue(hash, hash.startsWith("$argon2id$v=19$m=1024,t=1,p=1$"));
                assertFalse(hash.contains(Fixture.password(rs.getString(1))));
                hashes.add(hash);
            }
            assertEquals(2, hashes.size());
        }
    }

    @Test
    public void theDefaultArgon2ParametersAreOwasps() throws Exception {
        Passwords passwords = new Passwords(19456, 2);
        String hash = passwords.hash("correct horse".toCharArray());
        assertTrue(hash, hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        assertTrue(passwords.matches("correct horse".toCharArray(), hash));
        assertFalse(passwords.matches("correct horse!".toCharArray(), hash));
        assertFalse("salted: the same password hashes differently", hash.equals(passwords.hash("correct horse".toCharArray())));
        assertTrue("a hash made with other parameters still verifies",
                new Passwords(1024, 1).matches("correct horse".toCharArray(), hash));
    }

    @Test
    public void aDisabledUserCannotLogInAndAnEnabledOneCanAgain() throws Exception {
        Fixture f = new Fixture();
        f.user("root2", null, "admin");
        f.user("ann", null, "viewer");
        char[] pw = Fixture.password("ann").toCharArray();
        assertTrue(f.access.authenticate("ann", pw, "http").isPresent());
        f.access.setEnabled("ann", false);
        assertTrue("the cached login is forgotten", f.access.authenticate("ann", pw, "http").isEmpty());
        f.access.setEnabled("ann", true);
        assertTrue(f.access.authenticate("ann", pw, "http").isPresent());
    }

    @Test
    public void aRoleChangeTakesEffectAtOnceDespiteTheCache() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        char[] pw = Fixture.password("ann").toCharArray();
        assertEquals(Set.of("viewer"), f.access.authenticate("ann", pw, "http").get().roles());
        f.access.updateUser(new UserChange("ann", "Ann", null, List.of("manager", "viewer"), null));
        assertEquals(Set.of("viewer", "manager"), f.access.authenticate("ann", pw, "http").get().roles());
    }

    @Test
    public void everyPasswordCheckIsAuditedButCachedRequestsAreNot() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        f.access.authenticate("ann", "wrong-password".toCharArray(), "thrift", "10.0.0.9");
        f.access.authenticate("ghost", "whatever-pw".toCharArray(), "http", "10.0.0.9");
        f.access.authenticate("ann", Fixture.password("ann").toCharArray(), "http", "10.0.0.7");
        for (int i = 0; i < 5; i++) {
            f.access.authenticate("ann", Fixture.password("ann").toCharArray(), "http", "10.0.0.7");
        }
        List<AuditEntry> entries = f.access.queryAudit(LOGINS, 0, 100).items();
        assertEquals(3, entries.size());
        AuditEntry ok = entries.get(0);
        assertEquals(List.of("ann", "http", "10.0.0.7", "ok"), List.of(ok.user(), ok.transport(), ok.source(), ok.outcome()));
        AuditEntry unknown = entries.get(1);
        assertEquals(List.of("ghost", "failed", "unknown user"), List.of(unknown.user(), unknown.outcome(), unknown.detail()));
        AuditEntry wrong = entries.get(2);
        assertEquals(List.of("ann", "thrift", "10.0.0.9", "failed", "wrong password"),
                List.of(wrong.user(), wrong.transport(), wrong.source(), wrong.outcome(), wrong.detail()));
        f.clock.advance(Duration.ofSeconds(61));
        f.access.authenticate("ann", Fixture.password("ann").toCharArray(), "http", "10.0.0.7");
        assertEquals("after the cache time the password is checked (and audited) again", 4,
                f.access.queryAudit(LOGINS, 0, 100).total());
    }

    @Test
    public void hostileUserNamesAreStoredHarmlessInTheAudit() throws Exception {
        Fixture f = new Fixture();
        f.access.authenticate("evil\n2026-01-01 ok admin" + "x".repeat(500), "pw".toCharArray(), "http", null);
        AuditEntry entry = f.access.queryAudit(LOGINS, 0, 1).items().get(0);
        assertEquals(64, entry.user().length());
        assertFalse(entry.user().contains("\n"));
        assertEquals("failed", entry.outcome());
    }
}
