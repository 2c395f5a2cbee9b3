package io.openemp.plugin.degreedays.internal;

import io.openemp.plugin.degreedays.api.Bases;
import io.openemp.plugin.degreedays.api.DegreeDayErrors;

/** The checked, immutable form of a {@link DegreeDaysConfig}; replaced as a whole when the configuration changes. */
record Settings(double heatingBase, double coolingBase, double minDayCoverage) {

    /** The defaults of {@link DegreeDaysConfig}, used before any configuration arrives. */
    static final Settings DEFAULTS = new Settings(15.5, 18.3, 0.9);

    Settings {
        requireTemperature("heatingBase", heatingBase);
        requireTemperature("coolingBase", coolingBase);
        if (!(minDayCoverage > 0 && minDayCoverage <= 1)) {
            throw new IllegalArgumentException("minDayCoverage must be above 0 and at most 1, not " + minDayCoverage);
        }
    }

    /** Checks {@code config}; throws IllegalArgumentException naming the first wrong value. */
    static Settings of(DegreeDaysConfig config) {
        return new Settings(config.heatingBase(), config.coolingBase(), config.minDayCoverage());
    }

    Bases bases() {
        return new Bases(heatingBase, coolingBase, minDayCoverage);
    }

    static boolean possibleTemperature(double celsius) {
        return celsius >= DegreeDayErrors.MIN_CELSIUS && celsius <= DegreeDayErrors.MAX_CELSIUS;
    }

    private static void requireTemperature(String name, double celsius) {
        if (!possibleTemperature(celsius)) {
            throw new IllegalArgumentException(name + " must lie within " + DegreeDayErrors.MIN_CELSIUS + ".."
                    + DegreeDayErrors.MAX_CELSIUS + " °C, not " + celsius);
        }
    }
}
