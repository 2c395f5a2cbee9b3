package io.openemp.data.metering.api;

/**
 * Direction of energy flow (after CIM {@code FlowDirectionKind}): {@code FORWARD} is delivered to the customer
 * (import), {@code REVERSE} received from the customer (export); {@code NONE} for quantities without a direction.
 */
public enum FlowDirection {
    FORWARD,
    REVERSE,
    TOTAL,
    NONE
}
