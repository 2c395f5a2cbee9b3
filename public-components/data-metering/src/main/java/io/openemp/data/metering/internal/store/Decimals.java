package io.openemp.data.metering.internal.store;

import java.math.BigDecimal;

/** Decimals as callers see them: without the trailing zeros a {@code numeric(p,s)} column pads them with. */
final class Decimals {

    private Decimals() {
    }

    /** {@code 40.0000} as {@code 40}, {@code 0.5000} as {@code 0.5}; {@code null} stays {@code null}. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
