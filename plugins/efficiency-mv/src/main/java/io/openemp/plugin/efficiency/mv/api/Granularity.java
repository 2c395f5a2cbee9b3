package io.openemp.plugin.efficiency.mv.api;

/** The interval of the baseline model. */
public enum Granularity {
    /** Hourly intervals: ASHRAE Guideline 14's hourly limits apply (CV(RMSE) <= 30 %, NMBE within +-10 %). */
    PT1H,
    /** Daily intervals (local days): the hourly limits apply to the daily fit. */
    P1D
}
