package io.openemp.data.metering.internal;

import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.openemp.access.api.Scope;
import io.openemp.access.api.Scopes;
import io.openemp.plugin.api.Caller;

/**
 * The caller's data scope, from access control's {@link Scopes} service: the one place the metering RPC methods
 * ask. No {@code Scopes} service (access control stopped): every caller sees everything, as every authenticated
 * user then does.
 */
@Component(service = CallerScopes.class)
public class CallerScopes {

    private volatile Scopes bound;
    private final Supplier<Scopes> service;

    /** For Declarative Services. */
    public CallerScopes() {
        this.service = () -> bound;
    }

    /** On {@code service} (null for none), for tests. */
    CallerScopes(Supplier<Scopes> service) {
        this.service = service;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindScopes(Scopes scopes) {
        bound = scopes;
    }

    void unbindScopes(Scopes scopes) {
        if (bound == scopes) {
            bound = null;
        }
    }

    /** The scope of {@code caller}; {@link CallerScope#ALL} when access control is absent. */
    CallerScope of(Caller caller) {
        Scopes scopes = service.get();
        if (scopes == null) {
            return CallerScope.ALL;
        }
        Scope scope = scopes.scopeOf(caller);
        return new CallerScope(scope.all(), scope.orgUnits());
    }
}
