package io.openemp.access.api;

import java.util.Set;

/**
 * The organisation units whose data a user may see and change.
 *
 * @param all whether the user sees the whole platform (admins, and users not bound to an organisation unit)
 * @param orgUnits when not {@code all}: the mRIDs of the user's unit and all units below it (empty: nothing)
 */
public record Scope(boolean all, Set<String> orgUnits) {

    public static final Scope ALL = new Scope(true, Set.of());
    public static final Scope NONE = new Scope(false, Set.of());

    public Scope {
        orgUnits = all ? Set.of() : Set.copyOf(orgUnits);
    }

    /** Whether data of {@code orgUnit} (an mRID) lies in this scope; data of no unit only in the whole platform. */
    public boolean permits(String orgUnit) {
        return all || (orgUnit != null && orgUnits.contains(orgUnit));
    }
}
