package io.openemp.data.metering.internal.csv;

import java.util.Map;

/**
 * One data row of an import file.
 *
 * @param line the line it starts on (the header is line 1)
 * @param cells column name to value, trimmed; an empty cell is absent
 * @param problem what is wrong with the row as a whole (a wrong number of fields), or {@code null}
 */
public record CsvRow(long line, Map<String, String> cells, String problem) {

    /** The value of {@code column}, or {@code null} when the cell is empty or the column absent. */
    public String get(String column) {
        return cells.get(column);
    }
}
