package io.openemp.data.metering.api;

/** Kind of customer, a subset of CIM {@code CustomerKind}. */
public enum CustomerKind {
    RESIDENTIAL,
    COMMERCIAL_INDUSTRIAL,
    AGRICULTURAL,
    INTERNAL_USE,
    OTHER
}
