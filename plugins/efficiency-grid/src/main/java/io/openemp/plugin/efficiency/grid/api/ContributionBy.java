package io.openemp.plugin.efficiency.grid.api;

/** What contributions are grouped by. */
public enum ContributionBy {
    PROGRAM,
    CUSTOMER
}
