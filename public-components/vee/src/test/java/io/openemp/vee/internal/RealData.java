package io.openemp.vee.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The public data sets in {@code /work/shared/data} (see its README for sources and licences), read as the
 * tests need them. Files are read as they are; nothing is written back.
 */
final class RealData {

    /** A value at an instant. */
    record Value(Instant at, BigDecimal value) {
    }

    static final Path DATA = locate();
    /** UCI household: Sceaux, France. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** ETT: two transformers in China. */
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RealData() {
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("/work/shared/data");
    }

    /**
     * UCI "Individual household electric power consumption", 2007-02-01..02 (CC BY 4.0): the minute global
     * active power (kW) turned into energy per 15 minutes (kWh = sum of the minutes' kW / 60, 6 decimals),
     * stamped at the end of each interval (the minutes 00:00..00:14 make the reading of 00:15).
     */
    static List<Value> uciEnergy15Min() {
        Map<Instant, BigDecimal> sums = new TreeMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(' ').setQuote('"').setSkipHeaderRecord(false).build();
        try (Reader in = Files.newBufferedReader(DATA.resolve("uci_household_power_2007-02-01_02.txt"), StandardCharsets.UTF_8)) {
            boolean header = true;
            for (CSVRecord r : format.parse(in)) {
                if (header) {
                    header = false;
                    continue;
                }
                // row name, Date, then Time written as "date time" without quotes: two fields
                LocalDateTime minute = LocalDateTime.parse(r.get(2) + " " + r.get(3), STAMP);
                LocalDateTime end = minute.withMinute(minute.getMinute() / 15 * 15).plusMinutes(15);
                sums.merge(end.atZone(PARIS).toInstant(), new BigDecimal(r.get(4)), BigDecimal::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Value> values = new ArrayList<>();
        sums.forEach((at, kw) -> values.add(new Value(at, kw.divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_EVEN))));
        return values;
    }

    /**
     * ETDataset ETTh2 (CC BY-ND 4.0, zhouhaoyi/ETDataset): the hourly middle useful load MUFL of a transformer,
     * 2016-07-01..2018-06-26, local time in China. The file holds float32 values printed with 16 digits
     * (1.5989999771118164 for 1.599); they are read at 3 decimals, the precision the float carries.
     */
    static List<Value> ettMufl() {
        List<Value> values = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(DATA.resolve("ettdataset/ETTh2.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                Instant at = LocalDateTime.parse(r.get("date"), STAMP).atZone(SHANGHAI).toInstant();
                values.add(new Value(at, new BigDecimal(r.get("MUFL")).setScale(3, RoundingMode.HALF_EVEN)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
