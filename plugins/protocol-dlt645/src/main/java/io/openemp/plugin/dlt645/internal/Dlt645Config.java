package io.openemp.plugin.dlt645.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of PID {@value Dlt645Component#PID} (file {@code etc/io.openemp.plugin.dlt645.cfg}); the defaults
 * apply when there is none.
 */
@ObjectClassDefinition(name = "OpenEMP DL/T 645-2007 codec",
        description = "Limits of the shared DL/T 645 codec and of its stream splitters")
public @interface Dlt645Config {

    @AttributeDefinition(name = "Maximum data length L",
            description = "Frames with a longer data field are rejected (LENGTH_OVER_LIMIT); the standard allows 200 for a read",
            min = "0", max = "255")
    int maxDataLength() default 200;

    @AttributeDefinition(name = "Splitter buffer (bytes)",
            description = "Bytes a stream splitter may hold while a frame arrives; at least 12 + the maximum data length",
            min = "12", max = "65536")
    int splitterBufferBytes() default 1024;
}
