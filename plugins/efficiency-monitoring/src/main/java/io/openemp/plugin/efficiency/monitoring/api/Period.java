package io.openemp.plugin.efficiency.monitoring.api;

/** The statistics periods: local calendar day, month and year of the enterprise's zone. */
public enum Period {
    DAY, MONTH, YEAR
}
