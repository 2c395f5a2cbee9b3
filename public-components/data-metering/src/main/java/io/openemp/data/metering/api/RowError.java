package io.openemp.data.metering.api;

import io.openemp.plugin.api.Nullable;

/**
 * A bad row of an import file.
 *
 * @param line the line of the file the row starts on (the header is line 1)
 * @param mrid the row's mRID when it has one
 * @param field the column that is wrong
 * @param reason why
 */
public record RowError(long line, @Nullable String mrid, String field, String reason) {
}
