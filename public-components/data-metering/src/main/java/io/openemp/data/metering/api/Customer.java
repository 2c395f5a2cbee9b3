package io.openemp.data.metering.api;

import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * A customer (CIM {@code Customer}): the person or organisation that has accounts with the utility.
 *
 * @param mrid unique among customers
 * @param name display name
 * @param kind kind of customer
 * @param orgUnit mRID of the organisation unit it belongs to
 * @param status in service or not
 * @param phone contact number, or {@code null}
 * @param version optimistic-lock version
 * @param createdAt creation time (UTC)
 * @param updatedAt last change (UTC)
 */
public record Customer(String mrid, String name, CustomerKind kind, String orgUnit, Status status,
        @Nullable String phone, long version, Instant createdAt, Instant updatedAt) {
}
