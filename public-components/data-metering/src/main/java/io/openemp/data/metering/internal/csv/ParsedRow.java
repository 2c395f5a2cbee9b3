package io.openemp.data.metering.internal.csv;

import java.util.List;

import io.openemp.data.metering.api.RowError;

/**
 * A data row turned into a draft, or the reasons it could not be.
 *
 * @param line the line the row starts on
 * @param mrid the row's mRID cell, or {@code null}
 * @param draft the draft; meaningless when {@code errors} is not empty
 * @param errors what could not be read
 */
public record ParsedRow<D>(long line, String mrid, D draft, List<RowError> errors) {
}
