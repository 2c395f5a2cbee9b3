package io.openemp.plugin.efficiency.optimisation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.optimisation.api.Measure;

/** Checks of the parameters that the JSON Schema cannot express; each failure names the offending field. */
final class Validation {

    static final int MAX_LIFETIME = 100;

    private Validation() {
    }

    static double rate(Double given, double fallback) throws RpcException {
        double rate = given == null ? fallback : given;
        if (!Double.isFinite(rate) || rate <= -1 || rate > 10) {
            throw RpcException.invalidParams("rate", "must be a fraction per year above -1 and at most 10 (0.08 = 8 %), not " + rate);
        }
        return rate;
    }

    /** The measures by position, after checking each; ids must be unique. */
    static List<Measure> measures(List<Measure> measures, int max) throws RpcException {
        if (measures == null || measures.isEmpty()) {
            throw RpcException.invalidParams("measures", "at least one measure is required");
        }
        if (measures.size() > max) {
            throw RpcException.invalidParams("measures", measures.size() + " measures; at most " + max + " per call");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            String at = "measures[" + i + "]";
            if (m == null) {
                throw RpcException.invalidParams(at, "null");
            }
            if (m.id() == null || m.id().isBlank() || m.id().length() > 100) {
                throw RpcException.invalidParams(at + ".id", "required, 1..100 characters");
            }
            Integer before = seen.put(m.id(), i);
            if (before != null) {
                throw RpcException.invalidParams(at + ".id", "'" + m.id() + "' is also the id of measures[" + before + "]");
            }
            nonNegative(at + ".investment", m.investment());
            nonNegative(at + ".yearlySavings", m.yearlySavings());
            if (m.lifetimeYears() < 1 || m.lifetimeYears() > MAX_LIFETIME) {
                throw RpcException.invalidParams(at + ".lifetimeYears", "must be 1.." + MAX_LIFETIME + " years, not " + m.lifetimeYears());
            }
            finite(at + ".yearlyKwh", m.yearlyKwh());
            finite(at + ".risk", m.risk());
            if (m.criteria() != null) {
                for (int k = 0; k < m.criteria().size(); k++) {
                    Measure.Value v = m.criteria().get(k);
                    if (v == null || v.name() == null || v.name().isBlank()) {
                        throw RpcException.invalidParams(at + ".criteria[" + k + "].name", "required");
                    }
                    finite(at + ".criteria[" + k + "].value", v.value());
                }
            }
        }
        return measures;
    }

    static void nonNegative(String field, BigDecimal value) throws RpcException {
        if (value == null) {
            throw RpcException.invalidParams(field, "required");
        }
        if (value.signum() < 0) {
            throw RpcException.invalidParams(field, "must not be negative, not " + value.toPlainString());
        }
        if (value.compareTo(BigDecimal.valueOf(1e15)) > 0) {
            throw RpcException.invalidParams(field, "more than 1e15 is not a plausible amount");
        }
    }

    static void finite(String field, Double value) throws RpcException {
        if (value != null && !Double.isFinite(value)) {
            throw RpcException.invalidParams(field, "must be a finite number, not " + value);
        }
    }

    static double[][] matrix(String field, List<List<Double>> rows) throws RpcException {
        if (rows == null) {
            throw RpcException.invalidParams(field, "required");
        }
        if (rows.size() > Ahp.MAX_SIZE) {
            throw RpcException.invalidParams(field, "must be a square matrix of size " + Ahp.MIN_SIZE + ".." + Ahp.MAX_SIZE
                    + ", not " + rows.size() + " rows");
        }
        double[][] a = new double[rows.size()][];
        for (int i = 0; i < a.length; i++) {
            List<Double> row = rows.get(i);
            if (row == null) {
                throw RpcException.invalidParams(field, "row " + i + " is null");
            }
            a[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                if (row.get(j) == null) {
                    throw RpcException.invalidParams(field, "entry [" + i + "][" + j + "] is null");
                }
                a[i][j] = row.get(j);
            }
        }
        String problem = Ahp.problem(a);
        if (problem != null) {
            throw RpcException.invalidParams(field, problem);
        }
        return a;
    }

    /** Positions of the given ids, each known; duplicates refused. */
    static int[] positions(String field, List<String> ids, List<Measure> measures) throws RpcException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            index.put(measures.get(i).id(), i);
        }
        List<Integer> out = new ArrayList<>();
        for (String id : ids) {
            Integer at = index.get(id);
            if (at == null) {
                throw RpcException.invalidParams(field, "no measure with id '" + id + "'");
            }
            if (out.contains(at)) {
                throw RpcException.invalidParams(field, "'" + id + "' is named twice");
            }
            out.add(at);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
