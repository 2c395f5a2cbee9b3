package io.openemp.access.api;

import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The organisation tree as data scopes need it, provided by the module that owns the master data (metering
 * registers one). Without it, users bound to a unit see nothing (scopes fail closed) and units cannot be assigned.
 */
@ConsumerType
public interface OrgTree {

    /** The mRIDs of {@code orgUnit} and every unit below it; empty when there is no such unit. */
    Optional<Set<String>> subtree(String orgUnit);
}
