package io.openemp.data.metering.api;

import java.time.Instant;

import io.openemp.plugin.api.Nullable;

/**
 * An organisation unit: a node of the scope tree (province, city, county, station) that customers, locations,
 * usage points and meters belong to.
 *
 * @param mrid the unit's master resource identifier, unique among organisation units
 * @param name display name
 * @param kind its level in the tree
 * @param parent the parent unit's mRID; {@code null} for a root
 * @param zone IANA time zone of the unit's day and month boundaries (e.g. {@code Asia/Shanghai})
 * @param depth 0 for a root, parent's depth + 1 below it
 * @param version optimistic-lock version, increased by every update
 * @param createdAt when it was created (UTC)
 * @param updatedAt when it was last changed (UTC)
 */
public record OrgUnit(String mrid, String name, OrgUnitKind kind, @Nullable String parent, String zone, int depth,
        long version, Instant createdAt, Instant updatedAt) {
}
