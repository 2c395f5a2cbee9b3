package io.openemp.system.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "OpenEMP system", description = "Health thresholds and the /metrics endpoint")
public @interface SystemConfig {

    @AttributeDefinition(name = "Minimum free disk (MB)", description = "Below this much free space under karaf.data the disk check is degraded", min = "0")
    long diskMinFreeMb() default 512;

    @AttributeDefinition(name = "Check timeout (ms)", description = "Time limit of each dependency check (validation query, bus round trip)", min = "100", max = "60000")
    int checkTimeoutMillis() default 2000;

    @AttributeDefinition(name = "Metrics open to loopback", description = "Serve /metrics without credentials to clients on 127.0.0.1 (a local Prometheus scraper)")
    boolean metricsOpenToLoopback() default false;

    @AttributeDefinition(name = "Metrics roles", description = "Roles of which a user needs one to read /metrics")
    String[] metricsRoles() default { "admin", "manager" };
}
