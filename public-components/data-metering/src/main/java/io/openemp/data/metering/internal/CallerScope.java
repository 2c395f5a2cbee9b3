package io.openemp.data.metering.internal;

import java.util.Set;

/**
 * A caller's data scope as access control computes it ({@code io.openemp.access.api.Scope}): the whole platform,
 * or a set of organisation units (a unit and everything below it).
 */
record CallerScope(boolean all, Set<String> orgUnits) {

    static final CallerScope ALL = new CallerScope(true, Set.of());
    static final CallerScope NONE = new CallerScope(false, Set.of());

    CallerScope {
        orgUnits = all ? Set.of() : Set.copyOf(orgUnits);
    }

    /** Whether data of {@code orgUnit} lies in the scope; data of no unit only in the whole platform. */
    boolean permits(String orgUnit) {
        return all || orgUnit != null && orgUnits.contains(orgUnit);
    }
}
