package io.openemp.data.metering.internal.store;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.Meter;
import io.openemp.data.metering.api.MeterDraft;
import io.openemp.data.metering.api.MeterStatus;
import io.openemp.data.metering.api.MeteringException;

/**
 * Meters: each in an organisation unit, installed on a usage point or not, with CT and PT ratios (1 for a
 * direct-connected meter).
 */
final class Meters extends Kind<MeterEntity, MeterDraft, Meter> {

    static final long MAX_RATIO = 1_000_000;

    Meters() {
        super(Table.METER, MeterEntity.class);
    }

    @Override
    String mridOf(MeterDraft draft) {
        return draft.mrid();
    }

    @Override
    MeterEntity newEntity() {
        return new MeterEntity();
    }

    @Override
    void fill(MeterEntity meter, MeterDraft draft, Refs refs) {
        String serial = Checks.text("serialNumber", draft.serialNumber(), 64);
        long orgUnit = refs.require(Table.ORG_UNIT, "orgUnit", Checks.mrid("orgUnit", draft.orgUnit()));
        String usagePointMrid = Checks.optionalMrid("usagePoint", draft.usagePoint());
        Long usagePoint = refs.optional(Table.USAGE_POINT, "usagePoint", usagePointMrid);
        MeterStatus status = draft.status() != null ? draft.status()
                : usagePoint != null ? MeterStatus.INSTALLED : MeterStatus.IN_STOCK;
        if (status == MeterStatus.INSTALLED && usagePoint == null) {
            throw new MeteringException("usagePoint", "required: an INSTALLED meter sits on a usage point");
        }
        if (status != MeterStatus.INSTALLED && usagePoint != null) {
            throw new MeteringException("usagePoint", "only an INSTALLED meter sits on a usage point; this one is " + status);
        }
        BigDecimal ct = Checks.positive("ctRatio", draft.ctRatio(), BigDecimal.ONE, MAX_RATIO, 4);
        BigDecimal pt = Checks.positive("ptRatio", draft.ptRatio(), BigDecimal.ONE, MAX_RATIO, 4);
        meter.serialNumber = serial;
        meter.orgUnitId = orgUnit;
        meter.usagePointId = usagePoint;
        meter.status = status.name();
        meter.ctRatio = ct;
        meter.ptRatio = pt;
        meter.manufacturer = Checks.optionalText("manufacturer", draft.manufacturer(), 100);
        meter.model = Checks.optionalText("model", draft.model(), 100);
        meter.commAddress = Checks.optionalText("commAddress", draft.commAddress(), 64);
        meter.installedAt = draft.installedAt() == null ? null : draft.installedAt().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    Meter toRecord(MeterEntity m, Refs refs) {
        BigDecimal ct = Decimals.plain(m.ctRatio);
        BigDecimal pt = Decimals.plain(m.ptRatio);
        return new Meter(m.mrid, m.id, m.serialNumber, refs.mrid(Table.ORG_UNIT, m.orgUnitId),
                refs.mrid(Table.USAGE_POINT, m.usagePointId), MeterStatus.valueOf(m.status), ct, pt,
                Decimals.plain(ct.multiply(pt)), m.manufacturer, m.model, m.commAddress, m.installedAt, m.version,
                m.createdAt, m.updatedAt);
    }

    @Override
    void where(Filter filter, Where where, Refs refs) {
        refuse(filter, "parent", "kind", "account", "serviceLocation");
        if (filter.orgUnit() != null) {
            subtree(where, "e.orgUnitId", refs, filter.orgUnit());
        }
        if (filter.customer() != null) {
            where.and("e.usagePointId IN (SELECT u.id FROM UsagePoint u WHERE u.accountId IN "
                    + "(SELECT a.id FROM Account a WHERE a.customerId = :customer))", "customer",
                    refs.require(Table.CUSTOMER, "customer", Checks.mrid("customer", filter.customer())));
        }
        if (filter.usagePoint() != null) {
            where.and("e.usagePointId = :usagePoint", "usagePoint",
                    refs.require(Table.USAGE_POINT, "usagePoint", Checks.mrid("usagePoint", filter.usagePoint())));
        }
        if (filter.status() != null) {
            where.and("e.status = :status", "status", Checks.constant("status", MeterStatus.class, filter.status()).name());
        }
    }

    @Override
    void prefetch(List<MeterEntity> page, Refs refs) {
        refs.prefetchMrids(Table.ORG_UNIT, page.stream().map(m -> m.orgUnitId).toList());
        refs.prefetchMrids(Table.USAGE_POINT, page.stream().map(m -> m.usagePointId).toList());
    }

    @Override
    void prefetchDrafts(List<MeterDraft> drafts, Refs refs) {
        refs.prefetchIds(Table.METER, drafts.stream().map(MeterDraft::mrid).toList());
        refs.prefetchIds(Table.ORG_UNIT, drafts.stream().map(MeterDraft::orgUnit).toList());
        refs.prefetchIds(Table.USAGE_POINT, drafts.stream().map(MeterDraft::usagePoint).toList());
    }
}
