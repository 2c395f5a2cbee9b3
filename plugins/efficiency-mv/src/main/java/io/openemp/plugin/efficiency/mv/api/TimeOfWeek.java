package io.openemp.plugin.efficiency.mv.api;

/** The time-of-week indicators of the baseline model (local time). */
public enum TimeOfWeek {
    /** One indicator per hour of the week (168 levels); hourly models only. */
    HOUR_OF_WEEK,
    /** Hour of day times weekday/weekend (48 levels); hourly models only. */
    HOUR_AND_DAYTYPE,
    /** One indicator per day of the week (7 levels). */
    DAY_OF_WEEK,
    /** Weekday or weekend (2 levels). */
    DAYTYPE,
    /** No time-of-week term: drivers and intercept only. */
    NONE
}
