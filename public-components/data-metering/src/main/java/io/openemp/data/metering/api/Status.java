package io.openemp.data.metering.api;

/** Whether a customer or an account is in service. */
public enum Status {
    ACTIVE,
    INACTIVE
}
