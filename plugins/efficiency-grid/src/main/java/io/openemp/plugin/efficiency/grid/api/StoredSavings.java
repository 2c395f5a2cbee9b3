package io.openemp.plugin.efficiency.grid.api;

import java.time.Instant;

/**
 * A savings record as stored, with who recorded it and when.
 *
 * @param record the record
 * @param recordedBy the user who recorded it
 * @param recordedAt when (UTC)
 */
public record StoredSavings(SavingsRecord record, String recordedBy, Instant recordedAt) {
}
