package io.openemp.access.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers successful logins for a short time so that a password check (deliberately slow: argon2) is not
 * paid on every request. Keys are SHA-256 digests of user and password, never the password itself; failures
 * are never remembered; the cache is bounded.
 */
final class CredentialCache {

    private record Entry(Set<String> roles, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final int maxEntries;
    private final LongSupplier clock;

    CredentialCache(long ttlMillis, int maxEntries, LongSupplier clock) {
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The roles remembered for these credentials, or {@code null}. */
    Set<String> get(String user, char[] password) {
        if (ttlMillis <= 0) {
            return null;
        }
        String key = key(user, password);
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.expiresAt() < clock.getAsLong()) {
            entries.remove(key, entry);
            return null;
        }
        return entry.roles();
    }

    void put(String user, char[] password, Set<String> roles) {
        if (ttlMillis <= 0) {
            return;
        }
        if (entries.size() >= maxEntries) {
            long now = clock.getAsLong();
            entries.values().removeIf(e -> e.expiresAt() < now);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key(user, password), new Entry(Set.copyOf(roles), clock.getAsLong() + ttlMillis));
    }

    /** Forgets every remembered login (after a password or role change). */
    void clear() {
        entries.clear();
    }

    static String key(String user, char[] password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(user.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            digest.update(raw);
            Arrays.fill(raw, (byte) 0);
            return Base64.getEncoder().encodeToString(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
