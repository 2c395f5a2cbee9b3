package io.openemp.access.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import io.openemp.access.internal.Records.NewToken;
import io.openemp.access.internal.Records.TokenInfo;
import io.openemp.access.internal.Records.UserChange;
import io.openemp.plugin.api.Caller;

/** API tokens: created once, stored as a hash, accepted until they expire or are revoked, never above their owner. */
public class TokenTest {

    private static final Caller ANN = Caller.of("ann", Set.of("viewer", "manager"), "http");

    @Test
    public void aTokenLogsInAsItsOwnerWithItsRoles() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer", "manager");
        NewToken created = f.access.createToken(ANN, null, "meter import", List.of("viewer"), null);
        assertTrue(created.token(), created.token().matches("emp_[A-Za-z0-9_-]{43}"));
        assertEquals(Fixture.START.plus(Duration.ofDays(90)), created.info().expiresAt());
        Optional<Caller> caller = f.access.authenticateToken(created.token(), "http", "10.1.1.1");
        assertTrue(caller.isPresent());
        assertEquals("ann", caller.get().user());
        assertEquals(Set.of("viewer"), caller.get().roles());
        assertFalse("two tokens are never the same",
                created.token().equals(f.access.createToken(ANN, null, "other", null, null).token()));
    }

    @Test
    public void onlyTheHashIsStored() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        NewToken created = f.access.createToken(Caller.of("ann", Set.of("viewer"), "http"), null, "t", null, null);
        try (Connection c = f.db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM access_token")) {
            assertTrue(rs.next());
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                String value = rs.getString(i);
                assertFalse(value != null && value.contains(created.token().substring(4)));
            }
            assertEquals(Tokens.sha256(created.token()), rs.getString("token_hash"));
        }
        for (TokenInfo info : f.access.tokens(Caller.of("ann", Set.of("viewer"), "http"), null)) {
            assertFalse(info.toString().contains(created.token()));
        }
    }

    @Test
    public void aTokenStopsAtItsExpiry() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer", "manager");
        Instant expiry = Fixture.START.plus(Duration.ofHours(2));
        String token = f.access.createToken(ANN, null, "short", null, expiry).token();
        assertTrue(f.access.authenticateToken(token, "http", null).isPresent());
        f.clock.advance(Duration.ofHours(2).minusSeconds(1));
        assertTrue(f.access.authenticateToken(token, "http", null).isPresent());
        f.clock.advance(Duration.ofSeconds(1));
        assertTrue("expired, even though it was cached a second ago", f.access.authenticateToken(token, "http", null).isEmpty());
        assertEquals("expired", f.access.tokens(ANN, null).get(0).status());
    }

    @Test
    public void aRevokedTokenStopsAtOnce() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer", "manager");
        NewToken created = f.access.createToken(ANN, null, "to revoke", null, null);
        assertTrue(f.access.authenticateToken(created.token(), "http", null).isPresent());
        TokenInfo revoked = f.access.revokeToken(ANN, created.info().id());
        assertEquals("revoked", revoked.status());
        assertEquals("ann", revoked.revokedBy());
        assertTrue(f.access.authenticateToken(created.token(), "http", null).isEmpty());
        try {
            f.access.revokeToken(ANN, created.info().id());
            fail();
        } catch (AccessException e) {
            assertEquals("id", e.field());
        }
    }

    @Test
    public void aTokenNeverHoldsMoreThanItsOwner() throws Exception {
        Fixture f = new Fixture();
        f.user("root2", null, "admin");
        f.user("ann", null, "viewer", "manager");
        try {
            f.access.createToken(ANN, null, "too much", List.of("admin"), null);
            fail();
        } catch (AccessException e) {
            assertEquals("roles", e.field());
        }
        Caller annByToken = Caller.of("ann", Set.of("viewer"), "http");
        NewToken fromToken = f.access.createToken(annByToken, null, "from a viewer token", null, null);
        assertEquals("a token made with a token gets no more than it", List.of("viewer"), fromToken.info().roles());

        String token = f.access.createToken(ANN, null, "both", null, null).token();
        f.access.updateUser(new UserChange("ann", null, null, List.of("viewer"), null));
        assertEquals("the owner lost manager: so did the token", Set.of("viewer"),
                f.access.authenticateToken(token, "http", null).get().roles());
        f.access.setEnabled("ann", false);
        assertTrue("a disabled owner's tokens do not work", f.access.authenticateToken(token, "http", null).isEmpty());
    }

    @Test
    public void expiryAndNamesAreChecked() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer", "manager");
        String[][] bad = { { "name", "" }, { "expiresAt", "past" }, { "expiresAt", "far" }, { "name", "x".repeat(101) } };
        for (String[] c : bad) {
            try {
                Instant expiry = c[1].equals("past") ? Fixture.START.minusSeconds(1)
                        : c[1].equals("far") ? Fixture.START.plus(Duration.ofDays(367)) : null;
                f.access.createToken(ANN, null, c[0].equals("name") ? c[1] : "ok", null, expiry);
                fail(c[0] + " " + c[1]);
            } catch (AccessException e) {
                assertEquals(c[0], e.field());
            }
        }
    }

    @Test
    public void usersSeeAndRevokeOnlyTheirOwnTokens() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer", "manager");
        f.user("bob", null, "viewer");
        Caller bob = Caller.of("bob", Set.of("viewer"), "http");
        Caller admin = Caller.of("admin", Set.of("admin"), "http");
        NewToken annToken = f.access.createToken(ANN, null, "ann's", null, null);
        f.access.createToken(bob, null, "bob's", null, null);
        assertEquals(1, f.access.tokens(bob, null).size());
        assertEquals(2, f.access.tokens(admin, null).size());
        assertEquals(1, f.access.tokens(admin, "ann").size());
        for (Runnable attempt : List.<Runnable>of(() -> f.access.revokeToken(bob, annToken.info().id()),
                () -> f.access.tokens(bob, "ann"), () -> f.access.createToken(bob, "ann", "for ann", null, null))) {
            try {
                attempt.run();
                fail();
            } catch (AccessException e) {
                assertEquals(AccessException.NOT_PERMITTED, e.code());
            }
        }
        assertEquals("an admin may revoke anyone's", "revoked", f.access.revokeToken(admin, annToken.info().id()).status());
    }

    @Test
    public void malformedAndUnknownTokensAreRefusedAndAudited() throws Exception {
        Fixture f = new Fixture();
        for (String token : new String[] { "", "emp_", "emp_" + "A".repeat(43), "emp_" + "A".repeat(42) + "\n",
                "x".repeat(100_000), "emp_" + "é".repeat(43) }) {
            assertTrue(f.access.authenticateToken(token, "http", "10.2.2.2").isEmpty());
        }
        assertTrue(f.access.authenticateToken(null, "http", "10.2.2.2").isEmpty());
        assertEquals(3, f.access.queryAudit(new Records.AuditFilter(null, null, "failed", "login", null, null), 0, 100).total());
        assertEquals("after 3 failures the address must wait", "throttled",
                f.access.queryAudit(new Records.AuditFilter(null, null, null, "login", null, null), 0, 1).items().get(0).outcome());
    }
}
