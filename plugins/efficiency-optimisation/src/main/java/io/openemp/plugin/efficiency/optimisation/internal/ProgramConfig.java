package io.openemp.plugin.efficiency.optimisation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "OpenEMP efficiency program optimisation",
        description = "Defaults and limits of the efficiency-optimisation methods")
@interface ProgramConfig {

    @AttributeDefinition(description = "Discount rate used when a call gives none, a fraction per year (0.08 = 8 %)")
    double defaultRate() default 0.08;

    @AttributeDefinition(description = "Most measures one rank or select call may carry (1..500)")
    int maxMeasures() default 200;
}
