package io.openemp.data.metering.internal;

import io.openemp.data.metering.api.ImportRecord;
import io.openemp.data.metering.api.Page;

/** Where import records are kept (the document store); no storage types here, so that it is optional. */
interface ImportReports {

    /** Keeps {@code record} (its id is ignored) and returns the id it got. */
    String add(ImportRecord record);

    /** Records newest first; only {@code user}'s when it is not null. */
    Page<ImportRecord> list(String user, int offset, int limit);
}
