package io.openemp.data.metering.api;

import io.openemp.plugin.api.Nullable;

/**
 * What a caller gives to create or update an {@link OrgUnit}. On update the mRID names the unit and every other
 * field replaces the stored one; moving a unit under another parent moves its whole subtree.
 *
 * @param mrid identifier, 1..64 of {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit
 * @param name display name, 1..200 characters
 * @param kind level in the tree; must be below the parent's
 * @param parent the parent's mRID, or {@code null} for a root
 * @param zone IANA time zone; when {@code null} the parent's (a root must give one)
 */
public record OrgUnitDraft(String mrid, String name, OrgUnitKind kind, @Nullable String parent, @Nullable String zone) {
}
