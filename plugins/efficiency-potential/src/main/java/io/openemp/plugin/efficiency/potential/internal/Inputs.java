package io.openemp.plugin.efficiency.potential.internal;

import java.math.BigDecimal;

import io.openemp.plugin.api.RpcException;

/** Range checks of call inputs; each failure is -32602 naming the field by its path ("powerFactor.activePowerKw"). */
final class Inputs {

    /** A bound on every quantity, far above any real site, so that overflow and nonsense are refused early. */
    static final double MAX_QUANTITY = 1e12;

    private Inputs() {
    }

    static double positive(String field, double value) throws RpcException {
        finite(field, value);
        if (!(value > 0) || value > MAX_QUANTITY) {
            throw RpcException.invalidParams(field, "must be above 0 and at most " + MAX_QUANTITY + ", not " + value);
        }
        return value;
    }

    static double nonNegative(String field, double value) throws RpcException {
        finite(field, value);
        if (value < 0 || value > MAX_QUANTITY) {
            throw RpcException.invalidParams(field, "must lie within 0.." + MAX_QUANTITY + ", not " + value);
        }
        return value;
    }

    static double within(String field, double value, double min, double max) throws RpcException {
        finite(field, value);
        if (value < min || value > max) {
            throw RpcException.invalidParams(field, "must lie within " + min + ".." + max + ", not " + value);
        }
        return value;
    }

    /** A power factor: above 0, at most 1. */
    static double powerFactor(String field, double value) throws RpcException {
        finite(field, value);
        if (!(value > 0) || value > 1) {
            throw RpcException.invalidParams(field, "a power factor must be above 0 and at most 1, not " + value);
        }
        return value;
    }

    static BigDecimal money(String field, BigDecimal value) throws RpcException {
        if (value == null) {
            throw RpcException.invalidParams(field, "required");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
            throw RpcException.invalidParams(field, "must lie within 0.." + MAX_QUANTITY + ", not " + value.toPlainString());
        }
        return value;
    }

    static <T> T required(String field, T value) throws RpcException {
        if (value == null) {
            throw RpcException.invalidParams(field, "required");
        }
        return value;
    }

    private static void finite(String field, double value) throws RpcException {
        if (!Double.isFinite(value)) {
            throw RpcException.invalidParams(field, "must be a finite number");
        }
    }
}
