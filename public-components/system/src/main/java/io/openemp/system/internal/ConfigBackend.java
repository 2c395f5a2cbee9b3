package io.openemp.system.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.metatype.ObjectClassDefinition;

/** Where configurations live and what describes them: Config Admin and the metatype service in OSGi. */
interface ConfigBackend {

    /** A configuration's current properties (framework keys left out) and its factory PID, if it exists. */
    record Stored(Map<String, Object> properties, String factoryPid) {
    }

    /** A metatype definition and the bundle that provides it. */
    record Described(ObjectClassDefinition ocd, String bundle) {
    }

    /** Every PID that has a configuration or a metatype definition. */
    List<String> pids() throws IOException;

    Optional<Stored> read(String pid) throws IOException;

    /** The definition of {@code pid} (or of its factory PID). */
    Optional<Described> describe(String pid, String factoryPid);

    /** Replaces the configuration's properties (creating it when new); Config Admin then updates its users. */
    void write(String pid, Map<String, Object> properties) throws IOException;
}
