package io.openemp.plugin.efficiency.optimisation.internal;

import java.util.List;
import java.util.Map;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.optimisation.api.Criterion;
import io.openemp.plugin.efficiency.optimisation.api.FinanceResult;
import io.openemp.plugin.efficiency.optimisation.api.Measure;

/** The decision matrix of a ranking: each measure's value of each criterion, built-in or its own. */
final class Criteria {

    /** Built-in criteria and whether more is better. */
    static final Map<String, Boolean> BUILT_IN = Map.of(
            "npv", true, "irr", true, "yearlySavings", true, "yearlyKwh", true, "lifetimeYears", true,
            "investment", false, "payback", false, "risk", false);

    private Criteria() {
    }

    static boolean[] directions(List<Criterion> criteria) throws RpcException {
        if (criteria == null || criteria.size() < Ahp.MIN_SIZE || criteria.size() > Ahp.MAX_SIZE) {
            throw RpcException.invalidParams("criteria", Ahp.MIN_SIZE + ".." + Ahp.MAX_SIZE + " criteria are required");
        }
        boolean[] benefit = new boolean[criteria.size()];
        for (int j = 0; j < criteria.size(); j++) {
            Criterion c = criteria.get(j);
            if (c == null || c.name() == null || c.name().isBlank()) {
                throw RpcException.invalidParams("criteria[" + j + "].name", "required");
            }
            for (int k = 0; k < j; k++) {
                if (c.name().equals(criteria.get(k).name())) {
                    throw RpcException.invalidParams("criteria[" + j + "].name", "'" + c.name() + "' is named twice");
                }
            }
            Boolean builtIn = BUILT_IN.get(c.name());
            if (c.benefit() == null && builtIn == null) {
                throw RpcException.invalidParams("criteria[" + j + "].benefit",
                        "required for '" + c.name() + "', which is not one of " + BUILT_IN.keySet());
            }
            benefit[j] = c.benefit() != null ? c.benefit() : builtIn;
        }
        return benefit;
    }

    static double[][] matrix(List<Measure> measures, List<Criterion> criteria, double rate) throws RpcException {
        double[][] x = new double[measures.size()][criteria.size()];
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            FinanceResult finance = null;
            for (int j = 0; j < criteria.size(); j++) {
                String name = criteria.get(j).name();
                String field = "measures[" + i + "]";
                if (finance == null && (name.equals("npv") || name.equals("irr") || name.equals("payback"))) {
                    finance = Finance.analyse(rate, Finance.measureFlows(m.investment().doubleValue(),
                            m.yearlySavings().doubleValue(), m.lifetimeYears()));
                }
                x[i][j] = switch (name) {
                    case "npv" -> finance.npv().doubleValue();
                    case "irr" -> present(field, "irr", finance.irr(), "has no IRR (" + finance.irrNote() + ")");
                    case "payback" -> present(field, "payback", finance.paybackYears(), "does not pay back within its lifetime");
                    case "yearlySavings" -> m.yearlySavings().doubleValue();
                    case "investment" -> m.investment().doubleValue();
                    case "lifetimeYears" -> m.lifetimeYears();
                    case "yearlyKwh" -> present(field + ".yearlyKwh", "yearlyKwh", m.yearlyKwh(), "is required by the criteria");
                    case "risk" -> present(field + ".risk", "risk", m.risk(), "is required by the criteria");
                    default -> present(field + ".criteria." + name, name,
                            m.criterion(name), "is required by the criteria");
                };
            }
        }
        return x;
    }

    private static double present(String field, String name, Double value, String reason) throws RpcException {
        if (value == null) {
            throw RpcException.invalidParams(field, name + " " + reason);
        }
        return value;
    }
}
