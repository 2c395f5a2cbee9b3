package io.openemp.data.metering.internal.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.Query;

/** The conditions of a list query, joined by AND, with their named parameters. */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code clause}, which refers to {@code :param}. */
    Where and(String clause, String param, Object value) {
        clauses.add(clause);
        params.put(param, value);
        return this;
    }

    /** {@code " WHERE a AND b"}, or nothing. */
    String jpql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }

    /** A LIKE pattern matching what starts with {@code prefix} (escape character {@code \}). */
    static String startsWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
