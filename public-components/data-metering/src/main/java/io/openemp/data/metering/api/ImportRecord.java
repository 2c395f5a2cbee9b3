package io.openemp.data.metering.api;

import java.time.Instant;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * A CSV import as kept in the document store (component {@code metering}, collection {@code import-reports}):
 * who ran it, when, on which file, and its report.
 *
 * @param id the document's id
 * @param user who ran the import
 * @param at when (UTC)
 * @param fileName the file's path in the import folder; null when the text was sent as {@code csv}
 * @param kind what the file holds
 * @param dryRun whether it was only a check
 * @param acceptGoodRows whether good rows were to be taken from a file with bad ones
 * @param rows data rows read
 * @param goodRows rows without a problem
 * @param badRows rows with a problem
 * @param stored records created
 * @param goodRowsTaken whether good rows were stored although the file had bad ones
 * @param refusal why the whole file was refused (not UTF-8, too large, a wrong header...); null when it was read
 * @param errors every bad row with its line and reason, in file order (the first {@value #MAX_ERRORS})
 * @param errorsOmitted bad rows beyond {@value #MAX_ERRORS} not listed (a document has a size limit)
 */
public record ImportRecord(String id, String user, Instant at, @Nullable String fileName, ImportKind kind,
        boolean dryRun, boolean acceptGoodRows, int rows, int goodRows, int badRows, int stored,
        boolean goodRowsTaken, @Nullable String refusal, List<RowError> errors, int errorsOmitted) {

    /** Bad rows listed at most in one record (about 2 MB of a document's 16). */
    public static final int MAX_ERRORS = 10_000;

    public ImportRecord {
        errors = List.copyOf(errors);
    }
}
