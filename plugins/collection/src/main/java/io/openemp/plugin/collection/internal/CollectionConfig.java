package io.openemp.plugin.collection.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@value CollectionComponent#PID} (file {@code etc/io.openemp.collection.cfg}). */
@ObjectClassDefinition(name = "OpenEMP collection master station",
        description = "Where Q/GDW 1376.1 terminals connect, when they count as offline, how readings are batched")
public @interface CollectionConfig {

    @AttributeDefinition(name = "Host", description = "Address the terminal server listens on (loopback unless opened on purpose)")
    String host() default "127.0.0.1";

    @AttributeDefinition(name = "Port", description = "TCP port of the terminal server (0: any free port)", min = "0", max = "65535")
    int port() default 9100;

    @AttributeDefinition(name = "Heartbeat timeout (s)", description = "A terminal silent for longer is offline and its connection closed",
            min = "1", max = "86400")
    int heartbeatTimeoutSeconds() default 300;

    @AttributeDefinition(name = "Batch size", description = "Most readings in one append to the reading store", min = "1", max = "10000")
    int batchSize() default 5000;

    @AttributeDefinition(name = "Batch delay (ms)", description = "Longest time a reading waits for its batch to fill", min = "0", max = "60000")
    int batchMillis() default 200;

    @AttributeDefinition(name = "Pending readings", description = "Readings waiting for the store beyond which polling waits",
            min = "100", max = "10000000")
    int maxPendingReadings() default 100000;

    @AttributeDefinition(name = "Frame limit", description = "Largest Q/GDW 1376.1 frame accepted, in bytes (20..16391)", min = "20", max = "16391")
    int maxFrameLength() default 16391;

    @AttributeDefinition(name = "Poll concurrency", description = "Terminals and devices polled at once", min = "1", max = "4096")
    int pollConcurrency() default 64;

    @AttributeDefinition(name = "Zone", description = "Time zone of the terminals' clocks and of cron schedules")
    String zone() default "Asia/Shanghai";

    @AttributeDefinition(name = "Master station address", description = "MSA (1..127) put in the master's requests", min = "1", max = "127")
    int msa() default 1;

    @AttributeDefinition(name = "Freeze settle (ms)", description = "Wait after a broadcast freeze before the frozen values are read",
            min = "0", max = "600000")
    int freezeSettleMillis() default 2000;
}
