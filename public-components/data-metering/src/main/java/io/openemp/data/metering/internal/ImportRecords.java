package io.openemp.data.metering.internal;

import java.time.Instant;
import java.util.List;

import io.openemp.data.metering.api.ImportKind;
import io.openemp.data.metering.api.ImportRecord;
import io.openemp.data.metering.api.ImportReport;
import io.openemp.data.metering.api.RowError;

/** Builds the record kept of an import. */
final class ImportRecords {

    private ImportRecords() {
    }

    /** An import as it was asked for. */
    record Run(String user, Instant at, String fileName, ImportKind kind, boolean dryRun, boolean acceptGoodRows) {

        /** The record of a file that was read: {@code report}, its bad rows up to {@link ImportRecord#MAX_ERRORS}. */
        ImportRecord done(ImportReport report) {
            List<RowError> errors = report.errors();
            int omitted = Math.max(0, errors.size() - ImportRecord.MAX_ERRORS);
            boolean goodRowsTaken = report.stored() > 0 && report.badRows() > 0;
            return new ImportRecord(null, user, at, fileName, kind, dryRun, acceptGoodRows, report.rows(),
                    report.goodRows(), report.badRows(), report.stored(), goodRowsTaken, null,
                    omitted == 0 ? errors : errors.subList(0, ImportRecord.MAX_ERRORS), omitted);
        }

        /** The record of a file refused as a whole, for {@code reason}. */
        ImportRecord refused(String reason) {
            return new ImportRecord(null, user, at, fileName, kind, dryRun, acceptGoodRows, 0, 0, 0, 0, false, reason,
                    List.of(), 0);
        }
    }
}
