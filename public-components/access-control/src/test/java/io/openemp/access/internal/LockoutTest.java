package io.openemp.access.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.Test;

import io.openemp.access.internal.Records.AuditFilter;
import io.openemp.access.internal.Records.Lockout;

/** Backoff after 3 failed logins, lockout after 10 for 15 minutes; per user name and per address. */
public class LockoutTest {

    private static char[] right() {
        return Fixture.password("ann").toCharArray();
    }

    private static boolean login(Fixture f, String password, String source) {
        return f.access.authenticate("ann", password.toCharArray(), "http", source).isPresent();
    }

    @Test
    public void afterThreeFailuresEachAttemptWaitsTwiceAsLong() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        for (int i = 0; i < 3; i++) {
            assertTrue(!login(f, "wrong-password", null));
        }
        assertTrue("during the wait even the right password is refused",
                f.access.authenticate("ann", right(), "http").isEmpty());
        f.clock.advance(Duration.ofMillis(1000));
        assertTrue(!login(f, "wrong-password", null));
        Lockout state = f.access.lockouts().get(0);
        assertEquals(4, state.failures());
        assertEquals(f.clock.instant().plusSeconds(2), state.nextAttemptAt());
        f.clock.advance(Duration.ofMillis(1999));
        assertTrue(f.access.authenticate("ann", right(), "http").isEmpty());
        f.clock.advance(Duration.ofMillis(1));
        assertTrue(f.access.authenticate("ann", right(), "http").isPresent());
        assertTrue("a success clears the count", f.access.lockouts().isEmpty());
        assertEquals(2, f.access.queryAudit(new AuditFilter("ann", null, "throttled", null, null, null), 0, 10).total());
    }

    @Test
    public void tenFailuresLockTheUserOutForFifteenMinutes() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        for (int i = 0; i < 10; i++) {
            f.clock.advance(Duration.ofMinutes(1));
            assertTrue(!login(f, "wrong-password", "10.0.0." + i));
        }
        Lockout locked = f.access.lockouts().get(0);
        assertEquals("user", locked.kind());
        assertEquals(f.clock.instant().plus(Duration.ofMinutes(15)), locked.lockedUntil());
        f.clock.advance(Duration.ofMinutes(14));
        assertTrue(f.access.authenticate("ann", right(), "http").isEmpty());
        assertEquals("locked", f.access.queryAudit(new AuditFilter("ann", null, null, null, null, null), 0, 1).items().get(0).outcome());
        f.clock.advance(Duration.ofMinutes(1));
        assertTrue("the lockout expired", f.access.authenticate("ann", right(), "http").isPresent());
    }

    @Test
    public void anAdminClearsALockout() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        for (int i = 0; i < 10; i++) {
            f.clock.advance(Duration.ofMinutes(1));
            login(f, "wrong-password", null);
        }
        assertTrue(f.access.authenticate("ann", right(), "http").isEmpty());
        assertTrue(f.access.clearLockout("user", "ann"));
        assertTrue(f.access.authenticate("ann", right(), "http").isPresent());
        assertTrue(!f.access.clearLockout("user", "ann"));
    }

    @Test
    public void oneAddressGuessingManyNamesIsLockedOutToo() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        for (int i = 0; i < 10; i++) {
            f.clock.advance(Duration.ofMinutes(1));
            f.access.authenticate("user" + i, "guess-password".toCharArray(), "http", "203.0.113.5");
        }
        List<Lockout> lockouts = f.access.lockouts();
        Lockout source = lockouts.stream().filter(l -> l.kind().equals("source")).findFirst().orElseThrow();
        assertEquals("203.0.113.5", source.key());
        assertNotNull(source.lockedUntil());
        assertTrue("ann's right password from that address is refused",
                f.access.authenticate("ann", right(), "http", "203.0.113.5").isEmpty());
        assertTrue("ann from elsewhere logs in", f.access.authenticate("ann", right(), "http", "198.51.100.1").isPresent());
        assertTrue(f.access.clearLockout("source", "203.0.113.5"));
        assertTrue(f.access.authenticate("ann", right(), "http", "203.0.113.5").isPresent());
    }

    @Test
    public void oldFailuresAreForgotten() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        login(f, "wrong-password", null);
        login(f, "wrong-password", null);
        f.clock.advance(Duration.ofMinutes(15));
        assertTrue(f.access.lockouts().isEmpty());
        login(f, "wrong-password", null);
        login(f, "wrong-password", null);
        Lockout state = f.access.lockouts().get(0);
        assertEquals(2, state.failures());
        assertNull("two fresh failures are below the backoff", state.nextAttemptAt());
    }

    @Test
    public void parallelGuessesCannotSlipPastTheBackoff() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String guess = "wrong-password-" + i;
                guesses.add(pool.submit(() -> f.access.authenticate("ann", guess.toCharArray(), "http").isPresent()));
            }
            for (java.util.concurrent.Future<Boolean> guess : guesses) {
                assertTrue(!guess.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals("only the first three were checked", 3,
                f.access.queryAudit(new AuditFilter("ann", null, "failed", null, null, null), 0, 100).total());
        assertEquals(21, f.access.queryAudit(new AuditFilter("ann", null, "throttled", null, null, null), 0, 100).total());
    }

    @Test
    public void theWaitIsCapped() {
        LoginGuard guard = new LoginGuard(new LoginGuard.Policy(3, Duration.ofSeconds(1), Duration.ofSeconds(60), 100,
                Duration.ofHours(1)));
        java.time.Instant now = Fixture.START;
        for (int i = 0; i < 50; i++) {
            guard.failed("x", null, now);
        }
        assertEquals(now.plusSeconds(60), guard.list(now).get(0).nextAttemptAt());
    }
}
