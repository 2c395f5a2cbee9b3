package io.openemp.access.internal;

import java.nio.CharBuffer;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * argon2id password hashes (spring-security-crypto on BouncyCastle, the pair Karaf's JAAS encryption already
 * uses). The parameters are stored in each hash, so a change of configuration leaves old hashes verifiable.
 */
final class Passwords {

    /** Longer passwords are refused before hashing: nobody types them, and they cost work. */
    static final int MAX_LENGTH = 1024;

    private final Argon2PasswordEncoder encoder;
    private final String decoy;

    Passwords(int memoryKiB, int iterations) {
        encoder = new Argon2PasswordEncoder(16, 32, 1, memoryKiB, iterations);
        decoy = encoder.encode("decoy-password-never-valid");
    }

    String hash(char[] password) {
        return encoder.encode(CharBuffer.wrap(password));
    }

    boolean matches(char[] password, String hash) {
        if (password.length > MAX_LENGTH || hash == null) {
            return false;
        }
        return encoder.matches(CharBuffer.wrap(password), hash);
    }

    /** Spends the time of one check, so that an unknown user answers as slowly as a wrong password. */
    void decoyCheck(char[] password) {
        encoder.matches(CharBuffer.wrap(password, 0, Math.min(password.length, MAX_LENGTH)), decoy);
    }
}
