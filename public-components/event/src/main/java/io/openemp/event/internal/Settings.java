package io.openemp.event.internal;

import java.time.Duration;

/** The checked configuration of the event service. */
record Settings(
        Duration deviceEventRetention,
        Duration auditRetention,
        Duration closedAlarmRetention,
        Duration purgeInterval,
        Duration sweep,
        Duration maxShelve,
        int busQueueCapacity,
        int ringSize,
        int clientQueueCapacity,
        Duration heartbeat,
        int maxClients) {

    static final Settings DEFAULTS = new Settings(Duration.ofDays(90), Duration.ofDays(365), Duration.ofDays(365),
            Duration.ofMinutes(60), Duration.ofSeconds(5), Duration.ofHours(24), 10_000, 1000, 500,
            Duration.ofSeconds(15), 32);

    /** @throws IllegalArgumentException naming the first value out of its range */
    static Settings of(EventConfig c) {
        return new Settings(
                Duration.ofDays(check("deviceEventRetentionDays", c.deviceEventRetentionDays(), 1, 36500)),
                Duration.ofDays(check("auditRetentionDays", c.auditRetentionDays(), 1, 36500)),
                Duration.ofDays(check("closedAlarmRetentionDays", c.closedAlarmRetentionDays(), 1, 36500)),
                Duration.ofMinutes(check("purgeIntervalMinutes", c.purgeIntervalMinutes(), 1, 10080)),
                Duration.ofSeconds(check("sweepSeconds", c.sweepSeconds(), 1, 3600)),
                Duration.ofHours(check("maxShelveHours", c.maxShelveHours(), 1, 720)),
                check("busQueueCapacity", c.busQueueCapacity(), 10, 1_000_000),
                check("ringSize", c.ringSize(), 0, 100_000),
                check("clientQueueCapacity", c.clientQueueCapacity(), 1, 100_000),
                Duration.ofSeconds(check("heartbeatSeconds", c.heartbeatSeconds(), 1, 300)),
                check("maxClients", c.maxClients(), 1, 1000));
    }

    private static int check(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " = " + value + " is out of range " + min + ".." + max);
        }
        return value;
    }
}
