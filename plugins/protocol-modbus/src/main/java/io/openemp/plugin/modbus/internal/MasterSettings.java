package io.openemp.plugin.modbus.internal;

/**
 * How the master behaves by default.
 *
 * @param timeoutMillis time limit of one request
 * @param retries how often a failed request is sent again
 * @param connectTimeoutMillis time limit of opening a connection
 * @param idleSeconds a connection unused this long is closed
 * @param maxEndpoints most endpoints with a client at once
 * @param ioThreads Netty event-loop threads
 */
record MasterSettings(long timeoutMillis, int retries, int connectTimeoutMillis, int idleSeconds, int maxEndpoints,
        int ioThreads) {

    static final MasterSettings DEFAULTS = new MasterSettings(2000, 1, 3000, 60, 256, 1);

    MasterSettings {
        if (timeoutMillis < 50 || timeoutMillis > 60_000) {
            throw new IllegalArgumentException("requestTimeoutMillis " + timeoutMillis + " is outside 50..60000");
        }
        if (retries < 0 || retries > 5) {
            throw new IllegalArgumentException("retries " + retries + " is outside 0..5");
        }
        if (connectTimeoutMillis < 50 || connectTimeoutMillis > 60_000) {
            throw new IllegalArgumentException("connectTimeoutMillis " + connectTimeoutMillis + " is outside 50..60000");
        }
        if (idleSeconds < 1 || idleSeconds > 86_400) {
            throw new IllegalArgumentException("idleSeconds " + idleSeconds + " is outside 1..86400");
        }
        if (maxEndpoints < 1 || maxEndpoints > 100_000) {
            throw new IllegalArgumentException("maxEndpoints " + maxEndpoints + " is outside 1..100000");
        }
        if (ioThreads < 1 || ioThreads > 64) {
            throw new IllegalArgumentException("ioThreads " + ioThreads + " is outside 1..64");
        }
    }
}
