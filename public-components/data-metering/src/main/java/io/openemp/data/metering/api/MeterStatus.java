package io.openemp.data.metering.api;

/**
 * Life-cycle state of a meter. Only an {@code INSTALLED} meter sits on a usage point, and an installed meter
 * always does.
 */
public enum MeterStatus {
    IN_STOCK,
    INSTALLED,
    REMOVED,
    RETIRED
}
