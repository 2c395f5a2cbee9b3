package io.openemp.plugin.efficiency.grid.api;

/**
 * A table as CSV text (RFC 4180, UTF-8, header on the first line, CRLF line ends).
 *
 * @param fileName a suggested file name
 * @param rows data rows (header not counted)
 * @param csv the text
 */
public record CsvExport(String fileName, int rows, String csv) {
}
