package io.openemp.data.metering.api;

/**
 * How the values of a reading type relate over time (after CIM {@code AccumulationKind}):
 * {@code CUMULATIVE} is a register that only grows (CIM bulkQuantity), {@code DELTA} the amount within each
 * interval (deltaData), {@code INSTANTANEOUS} a sample at the interval's end, {@code AVERAGE} the mean over the
 * interval (demand).
 */
public enum Accumulation {
    CUMULATIVE,
    DELTA,
    INSTANTANEOUS,
    AVERAGE
}
