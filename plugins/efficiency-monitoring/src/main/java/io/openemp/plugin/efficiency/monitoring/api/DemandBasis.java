package io.openemp.plugin.efficiency.monitoring.api;

/** What a demand (basic) charge is billed on each month. */
public enum DemandBasis {
    /** The month's maximum demand, kW. */
    MAX_DEMAND,
    /** The contracted transformer capacity, kVA. */
    CAPACITY
}
