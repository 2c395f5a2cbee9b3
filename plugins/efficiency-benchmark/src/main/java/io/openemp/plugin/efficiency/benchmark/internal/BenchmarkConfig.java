package io.openemp.plugin.efficiency.benchmark.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@value BenchmarkComponent#PID}. */
@ObjectClassDefinition(name = "OpenEMP efficiency benchmark", description = "Peer-group rules of the industry benchmark")
public @interface BenchmarkConfig {

    @AttributeDefinition(name = "Smallest peer group", description = "Peers (the enterprise included) a group needs to be ranked;"
            + " smaller groups are reported as too small (5 to 100)", min = "5", max = "100")
    int minPeers() default 5;
}
