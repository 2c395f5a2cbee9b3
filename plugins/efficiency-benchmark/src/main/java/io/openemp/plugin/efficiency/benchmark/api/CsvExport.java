package io.openemp.plugin.efficiency.benchmark.api;

/** A result as CSV text (RFC 4180, header on the first line): a suggested file name, the data rows, the text. */
public record CsvExport(String fileName, int rows, String csv) {
}
