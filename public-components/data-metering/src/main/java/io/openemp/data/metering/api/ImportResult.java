package io.openemp.data.metering.api;

import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * The answer of {@code metering.import}: the {@link ImportReport}'s fields, and where its record was kept.
 *
 * @param kind what the file holds
 * @param dryRun whether this was only a check (nothing stored)
 * @param acceptGoodRows whether good rows are taken from a file that also has bad ones
 * @param rows data rows read
 * @param goodRows rows without a problem
 * @param badRows rows with a problem
 * @param stored records created
 * @param errors every bad row: its line and reason, in file order
 * @param reportId the id of the import's record in {@code metering.imports}; null when it was not kept
 * @param reportNote why the record was not kept (no document store); null when it was
 */
public record ImportResult(ImportKind kind, boolean dryRun, boolean acceptGoodRows, int rows, int goodRows,
        int badRows, int stored, List<RowError> errors, @Nullable String reportId, @Nullable String reportNote) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public static ImportResult of(ImportReport report, String reportId, String reportNote) {
        return new ImportResult(report.kind(), report.dryRun(), report.acceptGoodRows(), report.rows(),
                report.goodRows(), report.badRows(), report.stored(), report.errors(), reportId, reportNote);
    }
}
