package io.openemp.data.documents.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of PID {@value DocumentStoreComponent#PID} (file {@code etc/io.openemp.data.documents.cfg}).
 * Without a configuration the store runs the embedded server on a free loopback port with its data under
 * {@code ${karaf.data}/openemp/}.
 */
@ObjectClassDefinition(name = "OpenEMP document store",
        description = "Where the document store keeps its documents: the embedded server (default) or a MongoDB named by URI")
public @interface DocumentStoreConfig {

    @AttributeDefinition(name = "MongoDB URI",
            description = "mongodb:// or mongodb+srv:// connection string of an external MongoDB, credentials and options"
                    + " included; empty runs the embedded server")
    String uri() default "";

    @AttributeDefinition(name = "Embedded server port",
            description = "Port of the embedded server on 127.0.0.1; 0 takes a free port at each start", min = "0", max = "65535")
    int embeddedPort() default 0;

    @AttributeDefinition(name = "Embedded data file",
            description = "H2 MVStore file of the embedded server; ${name} is replaced by the system property name;"
                    + " empty keeps the documents in memory only (tests)")
    String embeddedDataFile() default "${karaf.data}/openemp/documents.mv";

    @AttributeDefinition(name = "Embedded: commit each write",
            description = "Commit the data file after every write, before it is acknowledged: an acknowledged write survives"
                    + " a crash of the JVM. Off: the file is committed about once a second (faster single writes, a smaller"
                    + " file under many single writes, but a crash may lose the last second)")
    boolean embeddedCommitEachWrite() default true;

    @AttributeDefinition(name = "Timeout (ms)",
            description = "How long an operation waits for a reachable server, and a connection for its socket;"
                    + " options in the URI take precedence", min = "100")
    int timeoutMillis() default 5000;
}
