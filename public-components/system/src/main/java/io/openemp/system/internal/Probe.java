package io.openemp.system.internal;

import io.openemp.system.internal.SystemComponent.Check;

/**
 * A health check of a dependency whose API package is optional in this bundle: each lives in its own
 * component, so that when the package is absent only that component stays unsatisfied and system.health
 * reports the dependency as missing.
 */
public interface Probe {

    /** Service property naming what a probe checks; system binds it by this name. */
    String NAME = "probe";

    Check check(long timeoutMillis);
}
