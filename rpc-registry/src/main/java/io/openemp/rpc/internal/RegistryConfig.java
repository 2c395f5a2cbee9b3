package io.openemp.rpc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "OpenEMP JSON-RPC registry",
        description = "Limits and workers of the one JSON-RPC dispatcher every transport uses")
public @interface RegistryConfig {

    @AttributeDefinition(name = "Largest request", description = "Largest request body in bytes (HTTP answers 413 above it)", min = "1024")
    long maxRequestBytes() default 10L * 1024 * 1024;

    @AttributeDefinition(name = "Longest batch", description = "Most calls in one batch", min = "1")
    int maxBatchLength() default 1000;

    @AttributeDefinition(name = "Deepest nesting", description = "Deepest JSON nesting of a request", min = "4", max = "1000")
    int maxNestingDepth() default 64;

    @AttributeDefinition(name = "Call time limit", description = "Default time limit of one call in milliseconds", min = "1")
    long callTimeoutMillis() default 30_000;

    @AttributeDefinition(name = "Workers", description = "Threads that run calls", min = "1", max = "1024")
    int workerThreads() default 32;

    @AttributeDefinition(name = "Queue", description = "Calls waiting for a worker before new ones are refused as busy", min = "1")
    int queueCapacity() default 10_000;
}
