package io.openemp.access.internal;

import java.time.Duration;

/** The configuration of PID {@code io.openemp.access} as plain values (tests build it directly). */
record Settings(int loginCacheSeconds, int argon2MemoryKiB, int argon2Iterations, int minPasswordLength,
        LoginGuard.Policy guard, int tokenDefaultDays, int tokenMaxDays, int scopeCacheSeconds) {

    static Settings from(AccessConfig c) {
        return new Settings(c.loginCacheSeconds(), c.argon2MemoryKiB(), c.argon2Iterations(), c.minPasswordLength(),
                new LoginGuard.Policy(c.backoffAfterFailures(), Duration.ofMillis(c.backoffBaseMillis()),
                        Duration.ofMillis(c.backoffMaxMillis()), c.lockoutAfterFailures(), Duration.ofMinutes(c.lockoutMinutes())),
                c.tokenDefaultDays(), c.tokenMaxDays(), c.scopeCacheSeconds());
    }
}
