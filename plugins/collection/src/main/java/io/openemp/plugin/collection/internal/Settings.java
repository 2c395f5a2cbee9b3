package io.openemp.plugin.collection.internal;

import java.time.Duration;
import java.time.ZoneId;

/** The checked configuration of the master station. */
public record Settings(String host, int port, Duration heartbeatTimeout, int batchSize, Duration batchDelay,
        int maxPendingReadings, int maxFrameLength, int pollConcurrency, ZoneId zone, int msa, Duration freezeSettle) {

    public static final Settings DEFAULTS = new Settings("127.0.0.1", 9100, Duration.ofSeconds(300), 5000,
            Duration.ofMillis(200), 100_000, 16391, 64, ZoneId.of("Asia/Shanghai"), 1, Duration.ofSeconds(2));

    public Settings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host: required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: outside 0..65535: " + port);
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize: outside 1..10000: " + batchSize);
        }
        if (maxFrameLength < 20 || maxFrameLength > 16391) {
            throw new IllegalArgumentException("maxFrameLength: outside 20..16391: " + maxFrameLength);
        }
        if (msa < 1 || msa > 127) {
            throw new IllegalArgumentException("msa: outside 1..127: " + msa);
        }
        if (pollConcurrency < 1) {
            throw new IllegalArgumentException("pollConcurrency: at least 1");
        }
    }

    public static Settings of(CollectionConfig c) {
        return new Settings(c.host(), c.port(), Duration.ofSeconds(c.heartbeatTimeoutSeconds()), c.batchSize(),
                Duration.ofMillis(c.batchMillis()), c.maxPendingReadings(), c.maxFrameLength(), c.pollConcurrency(),
                ZoneId.of(c.zone()), c.msa(), Duration.ofMillis(c.freezeSettleMillis()));
    }

    public Settings withPort(int newPort) {
        return new Settings(host, newPort, heartbeatTimeout, batchSize, batchDelay, maxPendingReadings, maxFrameLength,
                pollConcurrency, zone, msa, freezeSettle);
    }

    public Settings withHeartbeatTimeout(Duration timeout) {
        return new Settings(host, port, timeout, batchSize, batchDelay, maxPendingReadings, maxFrameLength,
                pollConcurrency, zone, msa, freezeSettle);
    }

    public Settings withFreezeSettle(Duration settle) {
        return new Settings(host, port, heartbeatTimeout, batchSize, batchDelay, maxPendingReadings, maxFrameLength,
                pollConcurrency, zone, msa, settle);
    }
}
