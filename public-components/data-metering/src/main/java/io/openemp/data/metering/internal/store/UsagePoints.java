package io.openemp.data.metering.internal.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.openemp.data.metering.api.ConnectionState;
import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.MeteringException;
import io.openemp.data.metering.api.UsagePoint;
import io.openemp.data.metering.api.UsagePointDraft;

/** Usage points, each in an organisation unit, optionally at a service location and billed to an account. */
final class UsagePoints extends Kind<UsagePointEntity, UsagePointDraft, UsagePoint> {

    /** CIM PhaseCode values that make sense for a usage point. */
    static final Set<String> PHASE_CODES = Set.of("A", "B", "C", "AB", "BC", "CA", "ABC", "AN", "BN", "CN", "ABN",
            "BCN", "CAN", "ABCN");

    UsagePoints() {
        super(Table.USAGE_POINT, UsagePointEntity.class);
    }

    @Override
    String mridOf(UsagePointDraft draft) {
        return draft.mrid();
    }

    @Override
    UsagePointEntity newEntity() {
        return new UsagePointEntity();
    }

    @Override
    void fill(UsagePointEntity point, UsagePointDraft draft, Refs refs) {
        String name = Checks.text("name", draft.name(), 200);
        long orgUnit = refs.require(Table.ORG_UNIT, "orgUnit", Checks.mrid("orgUnit", draft.orgUnit()));
        Long location = refs.optional(Table.SERVICE_LOCATION, "serviceLocation",
                Checks.optionalMrid("serviceLocation", draft.serviceLocation()));
        Long account = refs.optional(Table.ACCOUNT, "account", Checks.optionalMrid("account", draft.account()));
        String phaseCode = Checks.optionalText("phaseCode", draft.phaseCode(), 8);
        if (phaseCode != null && !PHASE_CODES.contains(phaseCode)) {
            throw new MeteringException("phaseCode", "'" + Checks.shorten(phaseCode) + "' is not one of "
                    + new TreeSet<>(PHASE_CODES));
        }
        BigDecimal voltage = Checks.positive("nominalVoltage", draft.nominalVoltage(), null, 1_000_000, 3);
        BigDecimal power = Checks.positive("ratedPower", draft.ratedPower(), null, 10_000_000, 3);
        point.name = name;
        point.orgUnitId = orgUnit;
        point.serviceLocationId = location;
        point.accountId = account;
        point.connectionState = (draft.connectionState() == null ? ConnectionState.CONNECTED : draft.connectionState()).name();
        point.phaseCode = phaseCode;
        point.nominalVoltage = voltage;
        point.ratedPower = power;
    }

    @Override
    UsagePoint toRecord(UsagePointEntity u, Refs refs) {
        return new UsagePoint(u.mrid, u.name, refs.mrid(Table.ORG_UNIT, u.orgUnitId),
                refs.mrid(Table.SERVICE_LOCATION, u.serviceLocationId), refs.mrid(Table.ACCOUNT, u.accountId),
                ConnectionState.valueOf(u.connectionState), u.phaseCode, Decimals.plain(u.nominalVoltage),
                Decimals.plain(u.ratedPower), u.version, u.createdAt, u.updatedAt);
    }

    @Override
    void where(Filter filter, Where where, Refs refs) {
        refuse(filter, "parent", "kind", "usagePoint");
        if (filter.orgUnit() != null) {
            subtree(where, "e.orgUnitId", refs, filter.orgUnit());
        }
        if (filter.customer() != null) {
            where.and("e.accountId IN (SELECT a.id FROM Account a WHERE a.customerId = :customer)", "customer",
                    refs.require(Table.CUSTOMER, "customer", Checks.mrid("customer", filter.customer())));
        }
        if (filter.account() != null) {
            where.and("e.accountId = :account", "account",
                    refs.require(Table.ACCOUNT, "account", Checks.mrid("account", filter.account())));
        }
        if (filter.serviceLocation() != null) {
            where.and("e.serviceLocationId = :location", "location", refs.require(Table.SERVICE_LOCATION,
                    "serviceLocation", Checks.mrid("serviceLocation", filter.serviceLocation())));
        }
        if (filter.status() != null) {
            where.and("e.connectionState = :status", "status",
                    Checks.constant("status", ConnectionState.class, filter.status()).name());
        }
    }

    @Override
    void prefetch(List<UsagePointEntity> page, Refs refs) {
        refs.prefetchMrids(Table.ORG_UNIT, page.stream().map(u -> u.orgUnitId).toList());
        refs.prefetchMrids(Table.SERVICE_LOCATION, page.stream().map(u -> u.serviceLocationId).toList());
        refs.prefetchMrids(Table.ACCOUNT, page.stream().map(u -> u.accountId).toList());
    }

    @Override
    void prefetchDrafts(List<UsagePointDraft> drafts, Refs refs) {
        refs.prefetchIds(Table.USAGE_POINT, drafts.stream().map(UsagePointDraft::mrid).toList());
        refs.prefetchIds(Table.ORG_UNIT, drafts.stream().map(UsagePointDraft::orgUnit).toList());
        refs.prefetchIds(Table.SERVICE_LOCATION, drafts.stream().map(UsagePointDraft::serviceLocation).toList());
        refs.prefetchIds(Table.ACCOUNT, drafts.stream().map(UsagePointDraft::account).toList());
    }
}
