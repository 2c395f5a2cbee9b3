package io.openemp.plugin.efficiency.grid.internal;

import java.math.BigDecimal;

/** The checked configuration. */
record Settings(BigDecimal coincidenceFactor, int top, int importMaxBytes, int importMaxRows) {

    static final Settings DEFAULTS = new Settings(BigDecimal.ONE, 10, 5_242_880, 100_000);

    Settings {
        if (coincidenceFactor.signum() <= 0 || coincidenceFactor.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("coincidenceFactor must lie in (0, 1], not " + coincidenceFactor);
        }
        if (top < 1 || top > 1000) {
            throw new IllegalArgumentException("top must lie in 1..1000, not " + top);
        }
        if (importMaxBytes < 1 || importMaxRows < 1) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    static Settings of(GridConfig c) {
        return new Settings(BigDecimal.valueOf(c.coincidenceFactor()), c.top(), c.importMaxBytes(), c.importMaxRows());
    }
}
