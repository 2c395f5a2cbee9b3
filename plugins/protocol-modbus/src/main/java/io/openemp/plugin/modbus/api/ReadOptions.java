package io.openemp.plugin.modbus.api;

import io.openemp.plugin.api.Nullable;

/**
 * How one read behaves; a {@code null} field takes the master's configured value.
 *
 * @param timeoutMillis how long one request waits for its response, 50..60000 ms
 * @param retries how many times a request that timed out, lost its connection or got a malformed response is sent
 *        again, 0..5; an exception response from the device is final and never retried
 */
public record ReadOptions(@Nullable Long timeoutMillis, @Nullable Integer retries) {

    /** The configured defaults. */
    public static final ReadOptions DEFAULTS = new ReadOptions(null, null);

    /** Smallest timeout. */
    public static final long MIN_TIMEOUT_MILLIS = 50;

    /** Largest timeout. */
    public static final long MAX_TIMEOUT_MILLIS = 60_000;

    /** Most retries. */
    public static final int MAX_RETRIES = 5;

    /**
     * Throws unless the given fields are in range.
     *
     * @throws IllegalArgumentException naming the field
     */
    public ReadOptions check() {
        if (timeoutMillis != null && (timeoutMillis < MIN_TIMEOUT_MILLIS || timeoutMillis > MAX_TIMEOUT_MILLIS)) {
            throw new IllegalArgumentException("timeoutMillis: " + timeoutMillis + " is outside " + MIN_TIMEOUT_MILLIS
                    + ".." + MAX_TIMEOUT_MILLIS);
        }
        if (retries != null && (retries < 0 || retries > MAX_RETRIES)) {
            throw new IllegalArgumentException("retries: " + retries + " is outside 0.." + MAX_RETRIES);
        }
        return this;
    }
}
