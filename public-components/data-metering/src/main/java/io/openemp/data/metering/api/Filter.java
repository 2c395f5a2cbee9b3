package io.openemp.data.metering.api;

import io.openemp.plugin.api.Nullable;

/**
 * What a list keeps; every field left {@code null} keeps everything. Each list honours the fields that make
 * sense for its records (see {@link Metering}) and refuses the others, so a filter is never silently ignored.
 *
 * @param orgUnit mRID of an organisation unit: records in its whole subtree
 * @param parent organisation units only: the direct children of this mRID
 * @param kind {@link OrgUnitKind} or {@link CustomerKind} name
 * @param status {@link Status} (customers, accounts), {@link ConnectionState} (usage points) or
 *        {@link MeterStatus} (meters) name
 * @param customer mRID of a customer: its accounts, usage points or meters
 * @param account mRID of a customer account: its usage points
 * @param serviceLocation mRID of a service location: its usage points
 * @param usagePoint mRID of a usage point: its meters
 * @param mridPrefix records whose mRID starts with this
 */
public record Filter(@Nullable String orgUnit, @Nullable String parent, @Nullable String kind,
        @Nullable String status, @Nullable String customer, @Nullable String account,
        @Nullable String serviceLocation, @Nullable String usagePoint, @Nullable String mridPrefix) {

    private static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, null);

    /** Keeps everything. */
    public static Filter none() {
        return NONE;
    }

    public Filter withOrgUnit(String value) {
        return new Filter(value, parent, kind, status, customer, account, serviceLocation, usagePoint, mridPrefix);
    }

    public Filter withParent(String value) {
        return new Filter(orgUnit, value, kind, status, customer, account, serviceLocation, usagePoint, mridPrefix);
    }

    public Filter withKind(String value) {
        return new Filter(orgUnit, parent, value, status, customer, account, serviceLocation, usagePoint, mridPrefix);
    }

    public Filter withStatus(String value) {
        return new Filter(orgUnit, parent, kind, value, customer, account, serviceLocation, usagePoint, mridPrefix);
    }

    public Filter withCustomer(String value) {
        return new Filter(orgUnit, parent, kind, status, value, account, serviceLocation, usagePoint, mridPrefix);
    }

    public Filter withAccount(String value) {
        return new Filter(orgUnit, parent, kind, status, customer, value, serviceLocation, usagePoint, mridPrefix);
    }

    public Filter withServiceLocation(String value) {
        return new Filter(orgUnit, parent, kind, status, customer, account, value, usagePoint, mridPrefix);
    }

    public Filter withUsagePoint(String value) {
        return new Filter(orgUnit, parent, kind, status, customer, account, serviceLocation, value, mridPrefix);
    }

    public Filter withMridPrefix(String value) {
        return new Filter(orgUnit, parent, kind, status, customer, account, serviceLocation, usagePoint, value);
    }
}
