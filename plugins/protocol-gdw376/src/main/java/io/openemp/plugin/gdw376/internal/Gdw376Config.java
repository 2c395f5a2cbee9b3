package io.openemp.plugin.gdw376.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@code io.openemp.plugin.gdw376}. */
@ObjectClassDefinition(name = "OpenEMP Q/GDW 1376.1 codec", description = "The shared codec of gdw376.decode, the console and master stations")
public @interface Gdw376Config {

    @AttributeDefinition(description = "Largest whole frame accepted, in bytes (20..16391; 263 on dedicated radio channels)")
    int maxFrameLength() default 16391;

    @AttributeDefinition(description = "Refuse frames the standard does not allow although they can be read")
    boolean strict() default false;

    @AttributeDefinition(description = "Time zone of the terminals' clocks, for the Tp check (IANA name)")
    String zone() default "Asia/Shanghai";
}
