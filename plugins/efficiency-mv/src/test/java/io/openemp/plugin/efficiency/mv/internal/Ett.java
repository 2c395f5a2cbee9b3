package io.openemp.plugin.efficiency.mv.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The ETT transformer series (ETDataset, zhouhaoyi/ETDataset, CC BY-ND 4.0), read unmodified from
 * ../shared/data/ettdataset. Timestamps are local times of the transformers in China: Asia/Shanghai.
 */
final class Ett {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Ett() {
    }

    static Path file(String name) {
        for (String base : new String[] {"../../../shared/data/ettdataset", "/work/shared/data/ettdataset"}) {
            Path p = Paths.get(base, name);
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("ETT data not found: " + name + " under ../shared/data/ettdataset");
    }

    /** One column by interval start. */
    static NavigableMap<Instant, Double> column(String file, String column) throws IOException {
        NavigableMap<Instant, Double> out = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(file(file))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                out.put(LocalDateTime.parse(r.get("date"), FORMAT).atZone(ZONE).toInstant(), Double.parseDouble(r.get(column)));
            }
        }
        return out;
    }
}
