package io.openemp.plugin.efficiency.monitoring.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@value MonitoringComponent#PID}. */
@ObjectClassDefinition(name = "OpenEMP efficiency monitoring",
        description = "Reading types and read parallelism of the energy statistics")
public @interface MonitoringConfig {

    @AttributeDefinition(name = "Active energy reading type",
            description = "Interval active energy (kWh, summed) the statistics read for every meter of a node")
    String activeEnergyType() default "energy.active.forward.delta";

    @AttributeDefinition(name = "Reactive energy reading type",
            description = "Interval reactive energy (kvarh, summed) for the power factor; meters without it give no power factor")
    String reactiveEnergyType() default "energy.reactive.forward.delta";

    @AttributeDefinition(name = "Reader threads", description = "Meters of one node read in parallel (1-64)", min = "1", max = "64")
    int readerThreads() default 2;

    @AttributeDefinition(name = "Most meters per node", description = "Most meters a node (with its descendants) may read (1-100000)",
            min = "1", max = "100000")
    int maxMeters() default 500;
}
