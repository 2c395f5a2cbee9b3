package io.openemp.plugin.modbus.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@value ModbusPlugin#PID} (file {@code etc/io.openemp.plugin.modbus.cfg}). */
@ObjectClassDefinition(name = "OpenEMP Modbus TCP master",
        description = "Where device profiles are kept, and the master's timeouts, retries and connection limits")
public @interface ModbusConfig {

    @AttributeDefinition(name = "Profiles folder",
            description = "Folder of the profile files (<id>.json); empty for ${karaf.etc}/openemp/modbus-profiles")
    String profilesFolder() default "";

    @AttributeDefinition(name = "Request timeout (ms)", description = "How long one request waits for its response",
            min = "50", max = "60000")
    long requestTimeoutMillis() default 2000;

    @AttributeDefinition(name = "Retries",
            description = "How often a request that timed out or lost its connection is sent again (exception responses are final)",
            min = "0", max = "5")
    int retries() default 1;

    @AttributeDefinition(name = "Connect timeout (ms)", min = "50", max = "60000")
    int connectTimeoutMillis() default 3000;

    @AttributeDefinition(name = "Idle close (s)", description = "A connection unused this long is closed", min = "1", max = "86400")
    int idleSeconds() default 60;

    @AttributeDefinition(name = "Most endpoints", description = "Most devices (host:port) connected at once", min = "1", max = "100000")
    int maxEndpoints() default 256;

    @AttributeDefinition(name = "I/O threads", min = "1", max = "64")
    int ioThreads() default 1;
}
