package io.openemp.access.thrift.internal;

/**
 * What a {@link ThriftServer} binds to and how it limits connections, checked.
 *
 * @param host address to listen on
 * @param port TCP port, 0 for any free one
 * @param maxFrameBytes largest frame (and so message) accepted
 * @param workerThreads most connections served at once
 * @param idleTimeoutMillis how long a connection may stay silent, 0 for ever
 */
record ServerSettings(String host, int port, int maxFrameBytes, int workerThreads, int idleTimeoutMillis) {

    /** Smallest frame limit accepted: below it even a login would not fit. */
    static final int MIN_FRAME_BYTES = 1024;

    ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be given");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (maxFrameBytes < MIN_FRAME_BYTES) {
            throw new IllegalArgumentException("maxFrameBytes must be at least " + MIN_FRAME_BYTES + ", not " + maxFrameBytes);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1, not " + workerThreads);
        }
        if (idleTimeoutMillis < 0) {
            throw new IllegalArgumentException("idle timeout must not be negative");
        }
    }

    static ServerSettings of(ThriftConfig config) {
        long idle = config.idleTimeoutSeconds() * 1000L;
        if (idle > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("idleTimeoutSeconds too large: " + config.idleTimeoutSeconds());
        }
        return new ServerSettings(config.host().trim(), config.port(), config.maxFrameBytes(), config.workerThreads(),
                (int) idle);
    }
}
