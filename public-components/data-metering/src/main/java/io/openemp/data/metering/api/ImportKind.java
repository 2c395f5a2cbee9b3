package io.openemp.data.metering.api;

/** What a CSV import file holds; each kind has its own header (see the module's README). */
public enum ImportKind {
    CUSTOMERS,
    USAGE_POINTS,
    METERS
}
