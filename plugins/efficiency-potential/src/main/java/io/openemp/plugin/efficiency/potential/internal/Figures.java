package io.openemp.plugin.efficiency.potential.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** An ordered map of named figures, each rounded half up to a stated number of decimals. */
final class Figures {

    private final Map<String, BigDecimal> values = new LinkedHashMap<>();

    Figures put(String name, double value, int decimals) {
        values.put(name, round(value, decimals));
        return this;
    }

    Figures put(String name, BigDecimal value) {
        values.put(name, value);
        return this;
    }

    Map<String, BigDecimal> map() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** A number as a sentence shows it: grouped thousands, the given decimals. */
    static String text(double value, int decimals) {
        return String.format(java.util.Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String text(BigDecimal value) {
        return String.format(java.util.Locale.ROOT, "%,.2f", value);
    }
}
