package io.openemp.data.metering.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of PID {@value MeteringService#PID} (file {@code etc/io.openemp.data.metering.cfg}); the
 * defaults apply without one.
 */
@ObjectClassDefinition(name = "OpenEMP metering master data",
        description = "Limits and folder of the metering CSV import")
public @interface MeteringConfig {

    @AttributeDefinition(name = "Import folder",
            description = "Folder metering.import reads files from (its 'path' parameter is relative to it); a relative folder lies in the data folder (karaf.data)")
    String importFolder() default "import";

    @AttributeDefinition(name = "Largest import file (bytes)", min = "1024")
    long importMaxBytes() default 64L * 1024 * 1024;

    @AttributeDefinition(name = "Most rows in an import file", min = "1")
    int importMaxRows() default 100_000;
}
