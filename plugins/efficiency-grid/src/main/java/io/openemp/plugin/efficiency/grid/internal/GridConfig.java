package io.openemp.plugin.efficiency.grid.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the efficiency-grid component (PID {@value GridComponent#PID}). */
@ObjectClassDefinition(name = "OpenEMP efficiency grid-level evaluation",
        description = "Roll-ups of verified savings up the organisation tree and per feeder")
@interface GridConfig {

    @AttributeDefinition(description = "Coincidence factor applied to a feeder's summed peak reductions when a call gives none (above 0, at most 1)")
    double coincidenceFactor() default 1.0;

    @AttributeDefinition(description = "Contributions listed when a call gives no top (1-1000)")
    int top() default 10;

    @AttributeDefinition(description = "Largest savings CSV import, bytes")
    int importMaxBytes() default 5_242_880;

    @AttributeDefinition(description = "Most rows of a savings CSV import")
    int importMaxRows() default 100_000;
}
