package io.openemp.access.api;

import org.osgi.annotation.versioning.ProviderType;

import io.openemp.plugin.api.Caller;

/**
 * Data scope: which organisation units a user may see, computed from the organisation tree of the metering
 * master data (a user's unit and its descendants). Data components enforce it; they ask here.
 */
@ProviderType
public interface Scopes {

    /**
     * The scope of {@code caller}: {@link Scope#ALL} for an admin or a user bound to no unit; the unit's subtree
     * otherwise; {@link Scope#NONE} when the user is unknown, disabled, or the tree cannot be read (fail closed).
     */
    Scope scopeOf(Caller caller);

    /** The scope of the user named {@code user}, by the same rules. */
    Scope scopeOf(String user);
}
