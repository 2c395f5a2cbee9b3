package io.openemp.data.metering.api;

import io.openemp.plugin.api.Nullable;

/**
 * What a caller gives to create or update a {@link Customer}; on update every field replaces the stored one.
 *
 * @param mrid identifier (see {@link OrgUnitDraft#mrid()} for the syntax)
 * @param name 1..200 characters
 * @param kind kind of customer
 * @param orgUnit mRID of an existing organisation unit
 * @param status {@code ACTIVE} when {@code null}
 * @param phone digits, spaces and {@code + - ( )}, at most 32; or {@code null}
 */
public record CustomerDraft(String mrid, String name, CustomerKind kind, String orgUnit, @Nullable Status status,
        @Nullable String phone) {
}
