package io.openemp.access.thrift.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Thrift transport, PID {@code io.openemp.access.thrift}. */
@ObjectClassDefinition(id = ThriftTransport.PID, name = "OpenEMP Thrift transport",
        description = "JSON-RPC over Apache Thrift: framed transport, binary or compact protocol on one port.")
public @interface ThriftConfig {

    @AttributeDefinition(name = "Host", description = "Address to listen on; 127.0.0.1 keeps it to this machine.")
    String host() default "127.0.0.1";

    @AttributeDefinition(name = "Port", description = "TCP port to listen on (0 picks a free one).", min = "0", max = "65535")
    int port() default 9090;

    @AttributeDefinition(name = "Largest frame in bytes",
            description = "A message whose length prefix says more closes the connection before any of it is read.",
            min = "1024")
    int maxFrameBytes() default 16 * 1024 * 1024;

    @AttributeDefinition(name = "Worker threads",
            description = "Most connections served at once (one thread each); a connection beyond that is closed.",
            min = "1")
    int workerThreads() default 64;

    @AttributeDefinition(name = "Idle timeout in seconds",
            description = "A connection that sends nothing for this long is closed; 0 keeps idle connections open.",
            min = "0")
    int idleTimeoutSeconds() default 300;
}
