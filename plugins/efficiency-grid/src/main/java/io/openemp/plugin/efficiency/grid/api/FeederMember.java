package io.openemp.plugin.efficiency.grid.api;

import io.openemp.plugin.api.Nullable;

/**
 * A customer supplied by a feeder, or one of its usage points when its usage points are on different feeders.
 *
 * @param customer mRID of the customer
 * @param usagePoint mRID of one of its usage points, or {@code null} for the whole customer
 */
public record FeederMember(String customer, @Nullable String usagePoint) {
}
