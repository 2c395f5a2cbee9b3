package io.openemp.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import io.openemp.access.internal.Records.Lockout;

/**
 * Slows down and then stops password guessing: consecutive failed logins are counted per user name and per client
 * address. From {@code backoffAfter} failures on, the next attempt must wait {@code base * 2^(n - backoffAfter)}
 * (capped); at {@code lockoutAfter} failures the name or address is locked out for {@code lockout}. Attempts
 * refused this way are not checked at all, so they cost nothing and count nothing. A success clears both counts;
 * failures older than {@code lockout} are forgotten. Kept in memory, bounded.
 */
final class LoginGuard {

    enum Outcome { ALLOWED, THROTTLED, LOCKED }

    /** Whether an attempt may be checked now, and when it may be otherwise. */
    record Verdict(Outcome outcome, Instant until) {
        static final Verdict ALLOWED = new Verdict(Outcome.ALLOWED, null);
    }

    record Policy(int backoffAfter, Duration base, Duration cap, int lockoutAfter, Duration lockout) {
    }

    private record State(int failures, Instant lastFailure, Instant nextAttempt, Instant lockedUntil) {
    }

    static final String USER = "user";
    static final String SOURCE = "source";
    private static final int MAX_ENTRIES = 100_000;

    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();
    private volatile Policy policy;

    LoginGuard(Policy policy) {
        this.policy = policy;
    }

    void policy(Policy value) {
        policy = value;
    }

    Verdict check(String user, String source, Instant now) {
        Verdict byUser = user == null ? Verdict.ALLOWED : check(USER + ":" + bounded(user), now);
        Verdict bySource = source == null ? Verdict.ALLOWED : check(SOURCE + ":" + bounded(source), now);
        return worse(byUser, bySource);
    }

    /** Counts a failure of {@code user} (null for a token: no name) from {@code source} (null: unknown). */
    void failed(String user, String source, Instant now) {
        if (user != null) {
            failed(USER + ":" + bounded(user), now);
        }
        if (source != null) {
            failed(SOURCE + ":" + bounded(source), now);
        }
    }

    void succeeded(String user, String source) {
        states.remove(USER + ":" + bounded(user));
        if (source != null) {
            states.remove(SOURCE + ":" + bounded(source));
        }
    }

    /** Names and addresses with failures not yet forgotten, locked out first. */
    List<Lockout> list(Instant now) {
        List<Lockout> out = new ArrayList<>();
        states.forEach((key, state) -> {
            if (!forgotten(state, now)) {
                int colon = key.indexOf(':');
                Instant locked = state.lockedUntil() != null && now.isBefore(state.lockedUntil()) ? state.lockedUntil() : null;
                Instant next = state.nextAttempt() != null && now.isBefore(state.nextAttempt()) ? state.nextAttempt() : null;
                out.add(new Lockout(key.substring(0, colon), key.substring(colon + 1), state.failures(),
                        state.lastFailure(), next, locked));
            }
        });
        out.sort(Comparator.comparing((Lockout l) -> l.lockedUntil() == null).thenComparing(Lockout::kind)
                .thenComparing(Lockout::key));
        return out;
    }

    /** Forgets the failures of a user name or address; whether there were any. */
    boolean clear(String kind, String key) {
        return states.remove(kind + ":" + key) != null;
    }

    private Verdict check(String key, Instant now) {
        State state = states.get(key);
        if (state == null) {
            return Verdict.ALLOWED;
        }
        if (forgotten(state, now)) {
            states.remove(key, state);
            return Verdict.ALLOWED;
        }
        if (state.lockedUntil() != null) {
            return new Verdict(Outcome.LOCKED, state.lockedUntil());
        }
        if (state.nextAttempt() != null && now.isBefore(state.nextAttempt())) {
            return new Verdict(Outcome.THROTTLED, state.nextAttempt());
        }
        return Verdict.ALLOWED;
    }

    private void failed(String key, Instant now) {
        Policy p = policy;
        if (states.size() >= MAX_ENTRIES && !states.containsKey(key)) {
            prune(now);
        }
        states.compute(key, (k, old) -> {
            int failures = old == null || forgotten(old, now) ? 1 : old.failures() + 1;
            Instant locked = failures >= p.lockoutAfter() ? now.plus(p.lockout()) : null;
            Instant next = null;
            if (locked == null && failures >= p.backoffAfter()) {
                int doublings = Math.min(failures - p.backoffAfter(), 30);
                Duration wait = p.base().multipliedBy(1L << doublings);
                next = now.plus(wait.compareTo(p.cap()) > 0 ? p.cap() : wait);
            }
            return new State(failures, now, next, locked);
        });
    }

    /** A lockout that ended, or failures older than the lockout time, are forgotten. */
    private boolean forgotten(State state, Instant now) {
        if (state.lockedUntil() != null) {
            return !now.isBefore(state.lockedUntil());
        }
        return !now.isBefore(state.lastFailure().plus(policy.lockout()));
    }

    /** Keeps the map bounded under a flood of made-up names: forgotten entries go, then unlocked ones. */
    private void prune(Instant now) {
        states.values().removeIf(s -> forgotten(s, now));
        if (states.size() >= MAX_ENTRIES) {
            states.values().removeIf(s -> s.lockedUntil() == null);
        }
    }

    /** Keys are bounded: a megabyte of user name is tracked by its first 128 characters. */
    private static String bounded(String key) {
        return key.length() > 128 ? key.substring(0, 128) : key;
    }

    private static Verdict worse(Verdict a, Verdict b) {
        if (a.outcome() == Outcome.LOCKED || b.outcome() == Outcome.ALLOWED) {
            return a;
        }
        if (b.outcome() == Outcome.LOCKED || a.outcome() == Outcome.ALLOWED) {
            return b;
        }
        return a.until().isAfter(b.until()) ? a : b;
    }
}
