package io.openemp.access.internal;

import java.util.Optional;
import java.util.Set;

/** The organisation tree as data scopes need it (from the metering master data). */
interface OrgTree {

    /** The mRIDs of {@code orgUnit} and every unit below it; empty when there is no such unit. */
    Optional<Set<String>> subtree(String orgUnit);
}
