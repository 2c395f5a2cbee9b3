package io.openemp.plugin.efficiency.optimisation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugin.efficiency.optimisation.api.AhpResult;
import io.openemp.plugin.efficiency.optimisation.api.Criterion;
import io.openemp.plugin.efficiency.optimisation.api.FinanceResult;
import io.openemp.plugin.efficiency.optimisation.api.Measure;
import io.openemp.plugin.efficiency.optimisation.api.RankResult;
import io.openemp.plugin.efficiency.optimisation.api.RankedMeasure;
import io.openemp.plugin.efficiency.optimisation.api.Selection;

/** The {@code efficiency-optimisation} RPC component: finance figures, AHP, TOPSIS and the budget selection. */
@Component(service = RpcComponent.class, configurationPid = ProgramComponent.PID)
@Designate(ocd = ProgramConfig.class)
public class ProgramComponent implements RpcComponent {

    public static final String PID = "io.openemp.plugin.efficiency-optimisation";

    private static final int MAX_CASH_FLOWS = 101;

    private volatile double defaultRate = 0.08;
    private volatile int maxMeasures = 200;

    @Activate
    @Modified
    void configure(ProgramConfig config) {
        if (!Double.isFinite(config.defaultRate()) || config.defaultRate() <= -1 || config.defaultRate() > 10) {
            throw new IllegalArgumentException("defaultRate must lie in (-1, 10], not " + config.defaultRate());
        }
        if (config.maxMeasures() < 1 || config.maxMeasures() > 500) {
            throw new IllegalArgumentException("maxMeasures must lie in 1..500, not " + config.maxMeasures());
        }
        defaultRate = config.defaultRate();
        maxMeasures = config.maxMeasures();
    }

    @Override
    public String id() {
        return "efficiency-optimisation";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Energy-efficiency programs: NPV, IRR, payback, AHP weights, TOPSIS ranking, budget selection";
    }

    @RpcMethod(name = "finance", roles = Roles.VIEWER,
            description = "NPV at a discount rate, IRR (every one, with a note when not unique) and simple payback of yearly cash flows")
    public FinanceResult finance(
            @Param(value = "cashFlows", description = "Yearly cash flows, index 0 = year 0 (an investment is negative), at most 101") List<BigDecimal> cashFlows,
            @Param(value = "rate", required = false, description = "Discount rate, fraction per year (0.08 = 8 %); the configured default when left out") Double rate)
            throws RpcException {
        double r = Validation.rate(rate, defaultRate);
        if (cashFlows == null || cashFlows.isEmpty() || cashFlows.size() > MAX_CASH_FLOWS) {
            throw RpcException.invalidParams("cashFlows", "1.." + MAX_CASH_FLOWS + " yearly cash flows are required");
        }
        double[] flows = new double[cashFlows.size()];
        for (int t = 0; t < flows.length; t++) {
            BigDecimal flow = cashFlows.get(t);
            if (flow == null || flow.abs().compareTo(BigDecimal.valueOf(1e15)) > 0) {
                throw RpcException.invalidParams("cashFlows[" + t + "]", "must be a number of at most 1e15 in magnitude");
            }
            flows[t] = flow.doubleValue();
        }
        return Finance.analyse(r, flows);
    }

    @RpcMethod(name = "ahp", roles = Roles.VIEWER,
            description = "Weights (principal eigenvector), lambda max, CI and CR of a pairwise comparison matrix; CR >= 0.1 is refused")
    public AhpResult ahp(
            @Param(value = "comparisons", description = "Square reciprocal matrix of judgements on Saaty's 1/9..9 scale, 2..15 rows: a[i][j] = how much more i matters than j")
            List<List<Double>> comparisons) throws RpcException {
        return consistent(Ahp.weigh(Validation.matrix("comparisons", comparisons)));
    }

    @RpcMethod(name = "rank", roles = Roles.VIEWER,
            description = "Ranks measures by TOPSIS with criteria weights from an AHP comparison matrix")
    public RankResult rank(
            @Param(value = "measures", description = "Candidate measures") List<Measure> measures,
            @Param(value = "criteria", description = "2..15 criteria, in the order of the rows of comparisons") List<Criterion> criteria,
            @Param(value = "comparisons", description = "Pairwise comparison matrix of the criteria (see ahp)") List<List<Double>> comparisons,
            @Param(value = "rate", required = false, description = "Discount rate for npv, irr and payback criteria") Double rate)
            throws RpcException {
        double r = Validation.rate(rate, defaultRate);
        Validation.measures(measures, maxMeasures);
        boolean[] benefit = Criteria.directions(criteria);
        double[][] a = Validation.matrix("comparisons", comparisons);
        if (a.length != criteria.size()) {
            throw RpcException.invalidParams("comparisons", "has " + a.length + " rows for " + criteria.size() + " criteria");
        }
        AhpResult ahp = consistent(Ahp.weigh(a));
        double[][] x = Criteria.matrix(measures, criteria, r);
        double[] w = ahp.weights().stream().mapToDouble(Double::doubleValue).toArray();
        Topsis.Scores scores = Topsis.score(x, w, benefit);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores.closeness()[i]).thenComparing(i -> i));
        List<RankedMeasure> ranking = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            List<Double> values = new ArrayList<>();
            for (double v : x[i]) {
                values.add(v);
            }
            ranking.add(new RankedMeasure(k + 1, measures.get(i).id(), scores.closeness()[i], scores.toIdeal()[i],
                    scores.toAntiIdeal()[i], values));
        }
        return new RankResult(criteria.stream().map(Criterion::name).toList(), ahp, ranking);
    }

    @RpcMethod(name = "select", roles = Roles.VIEWER,
            description = "The measures with the largest total NPV whose investments fit the budget, solved exactly as a 0-1 integer program")
    public Selection select(
            @Param(value = "measures", description = "Candidate measures") List<Measure> measures,
            @Param(value = "budget", description = "Most that may be invested in total") BigDecimal budget,
            @Param(value = "rate", required = false, description = "Discount rate for the NPVs") Double rate,
            @Param(value = "exclusiveGroups", required = false, description = "Groups of measure ids of which at most one may be chosen") List<List<String>> exclusiveGroups,
            @Param(value = "mustInclude", required = false, description = "Ids of measures that must be chosen") List<String> mustInclude)
            throws RpcException {
        double r = Validation.rate(rate, defaultRate);
        Validation.measures(measures, maxMeasures);
        Validation.nonNegative("budget", budget);
        List<int[]> groups = new ArrayList<>();
        if (exclusiveGroups != null) {
            for (int g = 0; g < exclusiveGroups.size(); g++) {
                if (exclusiveGroups.get(g) == null) {
                    throw RpcException.invalidParams("exclusiveGroups[" + g + "]", "null");
                }
                groups.add(Validation.positions("exclusiveGroups[" + g + "]", exclusiveGroups.get(g), measures));
            }
        }
        int[] must = Validation.positions("mustInclude", mustInclude == null ? List.of() : mustInclude, measures);
        int n = measures.size();
        double[] npv = new double[n];
        double[] investment = new double[n];
        BigDecimal[] npvMoney = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            Measure m = measures.get(i);
            npvMoney[i] = Finance.analyse(r, Finance.measureFlows(m.investment().doubleValue(), m.yearlySavings().doubleValue(),
                    m.lifetimeYears())).npv();
            npv[i] = npvMoney[i].doubleValue();
            investment[i] = m.investment().doubleValue();
        }
        BudgetSelector.Outcome outcome = BudgetSelector.select(npv, investment, budget.doubleValue(), groups, must);
        if (!outcome.feasible()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("param", "mustInclude");
            data.put("reason", "no selection satisfies the budget, the exclusive groups and the measures that must be included");
            data.put("solverState", outcome.state());
            throw new RpcException(RpcException.INVALID_PARAMS,
                    "Invalid params: mustInclude: the measures that must be included do not fit the budget or break an exclusive group", data);
        }
        List<String> selected = new ArrayList<>();
        List<Selection.Candidate> candidates = new ArrayList<>();
        BigDecimal totalInvestment = BigDecimal.ZERO;
        BigDecimal totalNpv = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            Measure m = measures.get(i);
            boolean chosen = outcome.chosen()[i];
            if (chosen) {
                selected.add(m.id());
                totalInvestment = totalInvestment.add(m.investment());
                totalNpv = totalNpv.add(npvMoney[i]);
            }
            candidates.add(new Selection.Candidate(m.id(), m.investment(), npvMoney[i], chosen));
        }
        return new Selection(selected, totalInvestment, totalNpv, budget, r, candidates);
    }

    private static AhpResult consistent(AhpResult ahp) throws RpcException {
        if (ahp.consistencyRatio() >= Ahp.MAX_CR) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("param", "comparisons");
            data.put("reason", "inconsistent judgements");
            data.put("consistencyRatio", ahp.consistencyRatio());
            data.put("consistencyIndex", ahp.consistencyIndex());
            data.put("lambdaMax", ahp.lambdaMax());
            data.put("maxConsistencyRatio", Ahp.MAX_CR);
            throw new RpcException(RpcException.INVALID_PARAMS, String.format(java.util.Locale.ROOT,
                    "Invalid params: comparisons: consistency ratio %.4f is not below %.1f; revise the judgements", ahp.consistencyRatio(), Ahp.MAX_CR), data);
        }
        return ahp;
    }
}
