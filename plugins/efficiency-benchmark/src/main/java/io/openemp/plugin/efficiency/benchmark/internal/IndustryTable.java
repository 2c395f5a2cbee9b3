package io.openemp.plugin.efficiency.benchmark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.openemp.plugin.efficiency.benchmark.api.IndustryCode;

/**
 * The GB/T 4754-2017 sections and the divisions of mining, manufacturing and utilities (the energy-intensive ones),
 * from a CSV resource of this bundle: reference data that changes with the standard, not at run time.
 */
final class IndustryTable {

    static final String RESOURCE = "gbt4754-2017.csv";

    private final Map<String, IndustryCode> codes;

    private IndustryTable(Map<String, IndustryCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    static IndustryTable load() {
        try (InputStream in = IndustryTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing");
            }
            Map<String, IndustryCode> codes = new LinkedHashMap<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String parent = r.get("parent").isEmpty() ? null : r.get("parent");
                codes.put(r.get("code"), new IndustryCode(r.get("code"), parent, r.get("name"), r.get("nameEn")));
            }
            return new IndustryTable(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<IndustryCode> get(String code) {
        return Optional.ofNullable(code == null ? null : codes.get(code));
    }

    /** The codes whose code or parent is {@code under} (all when null), in the standard's order. */
    List<IndustryCode> list(String under) {
        List<IndustryCode> out = new ArrayList<>();
        for (IndustryCode c : codes.values()) {
            if (under == null || c.code().equals(under) || under.equals(c.parent())) {
                out.add(c);
            }
        }
        return out;
    }
}
