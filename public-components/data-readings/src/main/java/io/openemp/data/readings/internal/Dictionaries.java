package io.openemp.data.readings.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.openemp.data.readings.api.Quality;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.relational.api.Dialect;

/**
 * The store's three dictionaries: reading type codes (smallint keys of buckets), sources and quality flags
 * (ids inside buckets). Also turns stored flag ids back into the canonical set of names.
 */
final class Dictionaries {

    final NameTable types;
    final NameTable sources;
    final NameTable flags;
    private final ConcurrentHashMap<String, Set<String>> flagSets = new ConcurrentHashMap<>();

    Dictionaries(Dialect dialect) {
        types = new NameTable("reading_type_key", Short.MAX_VALUE, "reading type", dialect);
        sources = new NameTable("reading_source", Integer.MAX_VALUE, "source", dialect);
        flags = new NameTable("reading_flag", Quality.MAX_NAMES, "quality flag", dialect);
    }

    /** Gives every row its type, source and flag ids, adding new names (autocommit {@code connection}). */
    void intern(Connection connection, List<Row> rows) throws SQLException {
        Map<String, Integer> typeIds = new HashMap<>();
        Map<String, Integer> sourceIds = new HashMap<>();
        Map<List<String>, int[]> flagIds = new HashMap<>();
        for (Row row : rows) {
            Integer type = typeIds.get(row.typeCode);
            if (type == null) {
                type = types.intern(connection, row.typeCode);
                typeIds.put(row.typeCode, type);
            }
            row.typeId = type;
            if (row.source == null) {
                row.sourceId = 0;
            } else {
                Integer source = sourceIds.get(row.source);
                if (source == null) {
                    source = sources.intern(connection, row.source);
                    sourceIds.put(row.source, source);
                }
                row.sourceId = source;
            }
            if (row.flags.isEmpty()) {
                row.flagIds = Bucket.NO_FLAGS;
            } else {
                int[] ids = flagIds.get(row.flags);
                if (ids == null) {
                    ids = new int[row.flags.size()];
                    for (int i = 0; i < ids.length; i++) {
                        try {
                            ids[i] = flags.intern(connection, row.flags.get(i));
                        } catch (NameTable.TableFullException e) {
                            throw new ReadingInputException("readings[" + row.index + "].flags", e.getMessage());
                        }
                    }
                    Arrays.sort(ids);
                    flagIds.put(row.flags, ids);
                }
                row.flagIds = ids;
            }
        }
    }

    /** The flag names of {@code ids}: standard flags first, then rule names in alphabetical order. */
    Set<String> flagNames(Connection connection, int[] ids) throws SQLException {
        if (ids.length == 0) {
            return Set.of();
        }
        String key = Arrays.toString(ids);
        Set<String> known = flagSets.get(key);
        if (known != null) {
            return known;
        }
        Set<String> names = new LinkedHashSet<>();
        TreeSet<String> rules = new TreeSet<>();
        for (int id : ids) {
            String name = flags.name(connection, id);
            String n = name == null ? "unknown-" + id : name;
            (Quality.STANDARD.contains(n) ? names : rules).add(n);
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String standard : Quality.STANDARD) {
            if (names.contains(standard)) {
                ordered.add(standard);
            }
        }
        ordered.addAll(rules);
        Set<String> result = Collections.unmodifiableSet(ordered);
        if (flagSets.size() < 10_000) {
            flagSets.put(key, result);
        }
        return result;
    }

    /** The source name of {@code id}, null for 0. */
    String sourceName(Connection connection, int id) throws SQLException {
        return id == 0 ? null : sources.name(connection, id);
    }
}
