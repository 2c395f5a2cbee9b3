package io.openemp.data.metering.api;

import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * A customer account (CIM {@code CustomerAccount}): what is billed; one customer may have several.
 *
 * @param mrid unique among accounts
 * @param name display name
 * @param customer mRID of the customer
 * @param billingCycle billing cycle label (e.g. {@code monthly-05}), or {@code null}
 * @param status in service or not
 * @param version optimistic-lock version
 * @param createdAt creation time (UTC)
 * @param updatedAt last change (UTC)
 */
public record CustomerAccount(String mrid, String name, String customer, @Nullable String billingCycle,
        Status status, long version, Instant createdAt, Instant updatedAt) {
}
