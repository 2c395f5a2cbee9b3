package io.openemp.access.console.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads back the rows a command printed without format (tab-separated, cells padded). */
final class Tables {

    private Tables() {
    }

    static List<List<String>> rows(String output) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                rows.add(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
            }
        }
        return rows;
    }

    static List<String> column(List<List<String>> rows, int index) {
        return rows.stream().map(row -> row.get(index)).toList();
    }
}
