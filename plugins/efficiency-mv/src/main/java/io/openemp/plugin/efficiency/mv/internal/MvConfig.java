package io.openemp.plugin.efficiency.mv.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "OpenEMP efficiency M&V", description = "Limits of the efficiency-mv methods")
@interface MvConfig {

    @AttributeDefinition(description = "Most intervals of consumption (and of each driver) one call may carry or read, 100..1000000")
    int maxIntervals() default 100_000;
}
