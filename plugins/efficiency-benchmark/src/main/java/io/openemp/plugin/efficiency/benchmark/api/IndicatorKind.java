package io.openemp.plugin.efficiency.benchmark.api;

/** What an energy intensity is divided by. */
public enum IndicatorKind {
    /** kWh per unit of output (t, pieces, m3...). */
    PER_OUTPUT,
    /** kWh per m2 of floor area. */
    PER_AREA,
    /** kWh per unit of revenue (CNY 10k...). */
    PER_REVENUE
}
