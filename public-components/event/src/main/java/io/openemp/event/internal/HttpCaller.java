package io.openemp.event.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import io.openemp.access.api.Authenticator;
import io.openemp.plugin.api.Caller;

/**
 * Who is calling over HTTP: the one place the stream authenticates (HTTP Basic through the platform's
 * {@link Authenticator}), so that another scheme (API tokens) is added here only.
 */
final class HttpCaller {

    private final Authenticator authenticator;

    HttpCaller(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The caller the {@code Authorization} header proves, or empty. */
    Optional<Caller> authenticate(String header) {
        if (header == null || header.length() < 7 || header.length() > 4096 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String text = new String(decoded, StandardCharsets.UTF_8);
        Arrays.fill(decoded, (byte) 0);
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        char[] password = text.substring(colon + 1).toCharArray();
        try {
            return authenticator.authenticate(text.substring(0, colon), password, "http");
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
