package io.openemp.vee.internal;

import java.math.BigDecimal;

import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.ReadingTypeInfo;
import io.openemp.vee.api.DayType;
import io.openemp.vee.api.EstimationSettings;
import io.openemp.vee.api.RegisterRule;
import io.openemp.vee.api.RuleSet;
import io.openemp.vee.api.SpikeRule;

/** The configuration, checked: the default rule set of a reading type and the call limit. */
record Settings(SpikeRule spike, int zeroDays, int futureSeconds, EstimationSettings estimation, int maxReadings) {

    static final Settings DEFAULTS = new Settings(new SpikeRule(4, new BigDecimal("5"), BigDecimal.ZERO), 3, 300,
            new EstimationSettings(4, 4, DayType.SAME_WEEKDAY, true), 400_000);

    static Settings of(VeeConfig config) {
        Settings s = new Settings(
                new SpikeRule(config.spikeWindow(), new BigDecimal(config.spikeFactor().trim()), new BigDecimal(config.spikeFloor().trim())),
                config.zeroDays(), config.futureSeconds(),
                new EstimationSettings(config.maxInterpolationIntervals(), config.profileDays(), config.dayType(), config.scaleToEdges()),
                config.maxReadings());
        RuleChecks.check("spike", s.spike);
        RuleChecks.check("estimation", s.estimation);
        if (s.zeroDays < 0 || s.zeroDays > 366 || s.futureSeconds < 0 || s.futureSeconds > 86_400 || s.maxReadings < 1000) {
            throw new IllegalArgumentException("zeroDays 0..366, futureSeconds 0..86400, maxReadings >= 1000: " + s);
        }
        return s;
    }

    /**
     * The rules of a reading type without rules of its own: interval types get gaps, spikes and future
     * timestamps, and quantities (SUM) also negatives and zero runs; registers get the decrease check (no modulus:
     * every decrease is a reset) and future timestamps.
     */
    RuleSet defaults(ReadingTypeInfo type) {
        Integer future = futureSeconds;
        if (type.intervalSeconds() == 0) {
            return new RuleSet(type.code(), false, null, false, null, new RegisterRule(null, null), null, future, estimation, "default");
        }
        boolean quantity = type.aggregation() == Aggregation.SUM;
        return new RuleSet(type.code(), true, spike, quantity, quantity && zeroDays > 0 ? zeroDays : null, null, null,
                future, estimation, "default");
    }
}
