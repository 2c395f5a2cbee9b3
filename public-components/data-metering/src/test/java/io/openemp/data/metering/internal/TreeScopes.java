package io.openemp.data.metering.internal;

import java.util.HashMap;
import java.util.Map;

import io.openemp.access.api.Scope;
import io.openemp.access.api.Scopes;
import io.openemp.data.metering.api.Metering;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;

/**
 * Access control's rules on the real org tree of the metering store ({@link MeteringOrgTree}), for tests: an admin,
 * or a user of no unit, sees everything; a user of a unit sees that unit's subtree; an unknown user sees nothing.
 * (access-control's own tests check its {@code Scopes} against an org tree; this module checks that metering
 * applies whatever scope it is given.)
 */
public final class TreeScopes implements Scopes {

    private final MeteringOrgTree tree;
    /** user to unit; a user mapped to null has no unit. */
    private final Map<String, String> users = new HashMap<>();

    public TreeScopes(Metering metering) {
        this.tree = new MeteringOrgTree(metering);
    }

    public TreeScopes user(String name, String orgUnit) {
        users.put(name, orgUnit);
        return this;
    }

    @Override
    public Scope scopeOf(Caller caller) {
        if (caller.roles().contains(Roles.ADMIN)) {
            return Scope.ALL;
        }
        return scopeOf(caller.user());
    }

    @Override
    public Scope scopeOf(String user) {
        if (!users.containsKey(user)) {
            return Scope.NONE;
        }
        String unit = users.get(user);
        if (unit == null) {
            return Scope.ALL;
        }
        return tree.subtree(unit).map(units -> new Scope(false, units)).orElse(Scope.NONE);
    }
}
