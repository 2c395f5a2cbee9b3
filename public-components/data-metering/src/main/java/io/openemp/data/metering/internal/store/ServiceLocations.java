package io.openemp.data.metering.internal.store;

import java.math.BigDecimal;
import java.util.List;

import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.MeteringException;
import io.openemp.data.metering.api.ServiceLocation;
import io.openemp.data.metering.api.ServiceLocationDraft;

/** Service locations, each in an organisation unit, with an optional address and WGS 84 position. */
final class ServiceLocations extends Kind<ServiceLocationEntity, ServiceLocationDraft, ServiceLocation> {

    private static final BigDecimal LAT = BigDecimal.valueOf(90);
    private static final BigDecimal LON = BigDecimal.valueOf(180);

    ServiceLocations() {
        super(Table.SERVICE_LOCATION, ServiceLocationEntity.class);
    }

    @Override
    String mridOf(ServiceLocationDraft draft) {
        return draft.mrid();
    }

    @Override
    ServiceLocationEntity newEntity() {
        return new ServiceLocationEntity();
    }

    @Override
    void fill(ServiceLocationEntity location, ServiceLocationDraft draft, Refs refs) {
        String name = Checks.text("name", draft.name(), 200);
        long orgUnit = refs.require(Table.ORG_UNIT, "orgUnit", Checks.mrid("orgUnit", draft.orgUnit()));
        String address = Checks.optionalText("address", draft.address(), 500);
        BigDecimal latitude = Checks.bounded("latitude", draft.latitude(), LAT.negate(), LAT, 6);
        BigDecimal longitude = Checks.bounded("longitude", draft.longitude(), LON.negate(), LON, 6);
        if ((latitude == null) != (longitude == null)) {
            throw new MeteringException(latitude == null ? "latitude" : "longitude",
                    "a position needs both latitude and longitude");
        }
        location.name = name;
        location.orgUnitId = orgUnit;
        location.address = address;
        location.latitude = latitude;
        location.longitude = longitude;
    }

    @Override
    ServiceLocation toRecord(ServiceLocationEntity l, Refs refs) {
        return new ServiceLocation(l.mrid, l.name, refs.mrid(Table.ORG_UNIT, l.orgUnitId), l.address,
                Decimals.plain(l.latitude), Decimals.plain(l.longitude), l.version, l.createdAt, l.updatedAt);
    }

    @Override
    void where(Filter filter, Where where, Refs refs) {
        refuse(filter, "parent", "kind", "status", "customer", "account", "serviceLocation", "usagePoint");
        if (filter.orgUnit() != null) {
            subtree(where, "e.orgUnitId", refs, filter.orgUnit());
        }
    }

    @Override
    void prefetch(List<ServiceLocationEntity> page, Refs refs) {
        refs.prefetchMrids(Table.ORG_UNIT, page.stream().map(l -> l.orgUnitId).toList());
    }

    @Override
    void prefetchDrafts(List<ServiceLocationDraft> drafts, Refs refs) {
        refs.prefetchIds(Table.SERVICE_LOCATION, drafts.stream().map(ServiceLocationDraft::mrid).toList());
        refs.prefetchIds(Table.ORG_UNIT, drafts.stream().map(ServiceLocationDraft::orgUnit).toList());
    }
}
