package io.openemp.access.thrift.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.openemp.access.api.Authenticator;
import io.openemp.plugin.api.Caller;

/** Two users with fixed passwords: alice (viewer, manager) and root (admin). */
final class TestAuthenticator implements Authenticator {

    static final String ALICE = "alice";
    static final String ALICE_PASSWORD = "wonder-land";
    static final String ROOT = "root";
    static final String ROOT_PASSWORD = "r00t-pw";

    private static final Map<String, String> PASSWORDS = Map.of(ALICE, ALICE_PASSWORD, ROOT, ROOT_PASSWORD);
    private static final Map<String, Set<String>> ROLES = Map.of(ALICE, Set.of("viewer", "manager"), ROOT, Set.of("admin"));

    /** How many checks were asked for. */
    final AtomicInteger checks = new AtomicInteger();
    /** The last password array handed in, to see it was cleared afterwards. */
    volatile char[] lastPassword;

    @Override
    public Optional<Caller> authenticate(String user, char[] password, String transport) {
        checks.incrementAndGet();
        lastPassword = password;
        String expected = PASSWORDS.get(user);
        if (expected == null || !Arrays.equals(expected.toCharArray(), password)) {
            return Optional.empty();
        }
        return Optional.of(Caller.of(user, ROLES.get(user), transport));
    }
}
