package io.openemp.plugin.efficiency.optimisation.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The set of measures with the largest total NPV whose investments fit the budget, found exactly.
 *
 * @param selected ids of the chosen measures, in the order given
 * @param totalInvestment sum of their investments
 * @param totalNpv sum of their NPVs at {@code rate}
 * @param budget the budget
 * @param rate the discount rate used
 * @param measures every measure's NPV and whether it was chosen, in the order given
 */
public record Selection(List<String> selected, BigDecimal totalInvestment, BigDecimal totalNpv, BigDecimal budget,
        double rate, List<Candidate> measures) {

    /** A measure's NPV and the decision. */
    public record Candidate(String id, BigDecimal investment, BigDecimal npv, boolean selected) {
    }
}
