package io.openemp.data.readings.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@value ReadingsComponent#PID}; the defaults apply without a configuration. */
@ObjectClassDefinition(name = "OpenEMP reading store",
        description = "Limits and durability of the meter-reading store (ReadingStore, readings.* methods)")
public @interface ReadingsConfig {

    @AttributeDefinition(name = "Largest query page",
            description = "Most readings one query answer may hold (readings.query answers 10000 when no limit is asked)",
            min = "10000", max = "1000000")
    int queryLimit() default 100_000;

    @AttributeDefinition(name = "Directory cache (s)",
            description = "How long answers of the meter directory (meter keys, reading types, time zones) are kept; 0 keeps none",
            min = "0", max = "86400")
    long directoryCacheSeconds() default 300;

    @AttributeDefinition(name = "H2: sync after commit",
            description = "On H2, force each committed batch to disk (CHECKPOINT SYNC) before acknowledging it; "
                    + "without it H2 writes commits within its WRITE_DELAY (0.5 s) and a crash may lose them")
    boolean h2SyncAfterCommit() default true;
}
