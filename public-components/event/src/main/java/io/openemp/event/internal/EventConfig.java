package io.openemp.event.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@value EventService#PID} (file {@code etc/io.openemp.event.cfg}). */
@ObjectClassDefinition(name = "OpenEMP event service",
        description = "Retention of device events, audit entries and closed alarms; timers; the event stream's buffers")
public @interface EventConfig {

    @AttributeDefinition(name = "Device event retention (days)", min = "1", max = "36500",
            description = "Device events older than this are purged")
    int deviceEventRetentionDays() default 90;

    @AttributeDefinition(name = "Audit retention (days)", min = "1", max = "36500",
            description = "Audit entries older than this are purged")
    int auditRetentionDays() default 365;

    @AttributeDefinition(name = "Closed alarm retention (days)", min = "1", max = "36500",
            description = "Alarms closed longer ago than this are purged; open alarms are never purged")
    int closedAlarmRetentionDays() default 365;

    @AttributeDefinition(name = "Purge interval (minutes)", min = "1", max = "10080",
            description = "How often the retention purge runs (also once at start)")
    int purgeIntervalMinutes() default 60;

    @AttributeDefinition(name = "Sweep interval (seconds)", min = "1", max = "3600",
            description = "How often stale-data rules are checked and expired shelving is lifted")
    int sweepSeconds() default 5;

    @AttributeDefinition(name = "Longest shelving (hours)", min = "1", max = "720",
            description = "An alarm may be shelved for at most this long")
    int maxShelveHours() default 24;

    @AttributeDefinition(name = "Bus queue capacity", min = "10", max = "1000000",
            description = "Readings and device events waiting to be processed; beyond it they are dropped and counted")
    int busQueueCapacity() default 10000;

    @AttributeDefinition(name = "Stream replay ring", min = "0", max = "100000",
            description = "Most recent stream events kept in memory for clients resuming with Last-Event-ID")
    int ringSize() default 1000;

    @AttributeDefinition(name = "Client queue capacity", min = "1", max = "100000",
            description = "Events waiting for one stream client; a client that falls further behind is disconnected")
    int clientQueueCapacity() default 500;

    @AttributeDefinition(name = "Heartbeat (seconds)", min = "1", max = "300",
            description = "A comment line is sent to an idle stream client this often, keeping proxies from closing it")
    int heartbeatSeconds() default 15;

    @AttributeDefinition(name = "Most stream clients", min = "1", max = "1000",
            description = "Concurrent /api/events clients; each holds one HTTP thread; more are answered 503")
    int maxClients() default 32;
}
