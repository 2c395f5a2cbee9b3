package io.openemp.plugin.efficiency.optimisation.api;

import java.math.BigDecimal;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * Finance figures of a series of yearly cash flows (index 0 = year 0, undiscounted).
 *
 * @param rate the discount rate used for the NPV, a fraction per year (0.08 = 8 %)
 * @param npv net present value at {@code rate}, rounded to 2 decimals
 * @param irr the internal rate of return when exactly one exists, else null
 * @param irrs every rate in (-99 %, 10 000 %] where the NPV changes sign (more than one means IRR is ambiguous)
 * @param signChanges sign changes of the cash-flow series (Descartes: at most that many IRRs)
 * @param irrNote why {@code irr} is what it is, in words
 * @param paybackYears simple payback, years, interpolated within the year the cumulative cash flow turns
 *        non-negative (flows spread evenly over each year); null when it never does
 * @param paybackWholeYears the first whole year after which the cumulative cash flow is non-negative; null when never
 */
public record FinanceResult(double rate, BigDecimal npv, @Nullable Double irr, List<Double> irrs, int signChanges,
        String irrNote, @Nullable Double paybackYears, @Nullable Integer paybackWholeYears) {
}
