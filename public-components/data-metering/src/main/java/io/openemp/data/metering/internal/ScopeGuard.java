package io.openemp.data.metering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.openemp.data.metering.api.Customer;
import io.openemp.data.metering.api.CustomerAccount;
import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.Meter;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.MeteringException;
import io.openemp.data.metering.api.OrgUnit;
import io.openemp.data.metering.api.ServiceLocation;
import io.openemp.data.metering.api.UsagePoint;

/**
 * The data scope of one {@code metering.*} call. A record outside the caller's scope is treated as if it did not
 * exist: a get or update of it, a reference to it (in a draft or a list filter) answers exactly what an unknown
 * mRID answers, and lists leave it out. Not "not permitted": that would tell a county's user which mRIDs the
 * other counties use. A record's unit is its own ({@code orgUnit}); an account's is its customer's; a unit's is
 * itself.
 */
final class ScopeGuard {

    /** The top units of each scope (their parent lies outside it); the tree changes seldom. */
    static final class Roots {
        private final Map<Set<String>, List<String>> known = new ConcurrentHashMap<>();

        List<String> of(Set<String> units, Metering metering) {
            List<String> roots = known.get(units);
            if (roots == null) {
                roots = new ArrayList<>();
                for (String unit : units) {
                    Optional<OrgUnit> u = metering.orgUnit(unit);
                    if (u.isPresent() && (u.get().parent() == null || !units.contains(u.get().parent()))) {
                        roots.add(unit);
                    }
                }
                roots.sort(null);
                if (known.size() > 1000) {
                    known.clear();
                }
                known.put(units, List.copyOf(roots));
            }
            return roots;
        }

        void forget() {
            known.clear();
        }
    }

    private final Metering metering;
    private final CallerScope scope;
    private final Roots roots;

    ScopeGuard(Metering metering, CallerScope scope, Roots roots) {
        this.metering = metering;
        this.scope = scope;
        this.roots = roots;
    }

    boolean all() {
        return scope.all();
    }

    // ---- lists ----

    /**
     * {@code filter} cut to the scope: its references must be visible, and without an {@code orgUnit} it gets the
     * scope's top unit. Null when the scope is empty (the list is empty).
     *
     * @throws MeteringException naming the filter field that refers to something out of scope, as for an unknown one
     */
    Filter restrict(Filter filter) {
        if (scope.all()) {
            return filter;
        }
        unit("orgUnit", filter.orgUnit());
        unit("parent", filter.parent());
        customer("customer", filter.customer());
        account("account", filter.account());
        serviceLocation("serviceLocation", filter.serviceLocation());
        usagePoint("usagePoint", filter.usagePoint());
        if (filter.orgUnit() != null) {
            return filter; // scopes are whole subtrees: the subtree of a unit in scope is in scope
        }
        List<String> top = roots.of(scope.orgUnits(), metering);
        if (top.isEmpty()) {
            return null;
        }
        if (top.size() > 1) {
            throw new MeteringException("orgUnit", "required: your scope has several top units " + top + "; give one");
        }
        return filter.withOrgUnit(top.get(0));
    }

    // ---- single records ----

    boolean sees(OrgUnit unit) {
        return scope.permits(unit.mrid());
    }

    boolean sees(Customer customer) {
        return scope.permits(customer.orgUnit());
    }

    boolean sees(CustomerAccount account) {
        return scope.all() || metering.customer(account.customer()).map(this::sees).orElse(false);
    }

    boolean sees(ServiceLocation location) {
        return scope.permits(location.orgUnit());
    }

    boolean sees(UsagePoint usagePoint) {
        return scope.permits(usagePoint.orgUnit());
    }

    boolean sees(Meter meter) {
        return scope.permits(meter.orgUnit());
    }

    /** {@code record} when it is visible; null otherwise, so that it answers as unknown. */
    <T> T visible(Optional<T> record, Function<T, Boolean> sees) {
        return record.filter(r -> scope.all() || sees.apply(r)).orElse(null);
    }

    // ---- references (in drafts and filters) ----

    void unit(String field, String mrid) {
        if (mrid != null && !scope.permits(mrid)) {
            throw unknown(field, "organisation unit", mrid);
        }
    }

    void customer(String field, String mrid) {
        reference(field, "customer", mrid, metering::customer, this::sees);
    }

    void account(String field, String mrid) {
        reference(field, "customer account", mrid, metering::account, this::sees);
    }

    void serviceLocation(String field, String mrid) {
        reference(field, "service location", mrid, metering::serviceLocation, this::sees);
    }

    void usagePoint(String field, String mrid) {
        reference(field, "usage point", mrid, metering::usagePoint, this::sees);
    }

    void meter(String field, String mrid) {
        reference(field, "meter", mrid, metering::meter, this::sees);
    }

    /**
     * Refuses {@code mrid} as unknown when it names a record out of scope. A malformed or unknown mRID passes: the
     * store refuses it in its own words, which are the same for everyone.
     */
    private <T> void reference(String field, String noun, String mrid, Function<String, Optional<T>> find,
            Function<T, Boolean> sees) {
        if (mrid == null || scope.all()) {
            return;
        }
        Optional<T> record;
        try {
            record = find.apply(mrid);
        } catch (MeteringException malformed) {
            return;
        }
        if (record.isPresent() && !sees.apply(record.get())) {
            throw unknown(field, noun, mrid);
        }
    }

    static MeteringException unknown(String field, String noun, String mrid) {
        return new MeteringException(field, "no " + noun + " has the mRID '" + mrid + "'");
    }
}
