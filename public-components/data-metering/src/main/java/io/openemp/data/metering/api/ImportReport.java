package io.openemp.data.metering.api;

import java.util.List;

/**
 * What a CSV import found and did. A file is stored in one transaction or not at all: {@link #stored()} is
 * either 0 or the number of rows that were to be stored.
 *
 * @param kind what the file holds
 * @param dryRun whether this was only a check (nothing stored)
 * @param acceptGoodRows whether good rows are taken from a file that also has bad ones
 * @param rows data rows read (the header not counted)
 * @param goodRows rows without a problem
 * @param badRows rows with at least one problem (each listed in {@link #errors()})
 * @param stored records created
 * @param errors every bad row: its line and reason, in file order
 */
public record ImportReport(ImportKind kind, boolean dryRun, boolean acceptGoodRows, int rows, int goodRows,
        int badRows, int stored, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
