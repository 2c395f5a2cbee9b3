package io.openemp.data.metering.api;

import io.openemp.plugin.api.Nullable;

/**
 * What a caller gives to create or update a {@link CustomerAccount}; on update every field replaces the stored one.
 *
 * @param mrid identifier
 * @param name 1..200 characters
 * @param customer mRID of an existing customer
 * @param billingCycle at most 32 characters, or {@code null}
 * @param status {@code ACTIVE} when {@code null}
 */
public record CustomerAccountDraft(String mrid, String name, String customer, @Nullable String billingCycle,
        @Nullable Status status) {
}
