package io.openemp.vee.internal;

import java.math.BigDecimal;
import java.util.function.Function;

import io.openemp.data.readings.api.ReadingTypeInfo;
import io.openemp.vee.api.EstimationSettings;
import io.openemp.vee.api.RegisterRule;
import io.openemp.vee.api.RuleSet;
import io.openemp.vee.api.SpikeRule;
import io.openemp.vee.api.SumCheckRule;

/** Checks a rule set against its reading type before it is stored; every refusal names the field. */
final class RuleChecks {

    private static final BigDecimal MAX_FACTOR = new BigDecimal("1000");

    private RuleChecks() {
    }

    /**
     * @param types looks reading types up (null when unknown)
     */
    static void check(String path, RuleSet rules, Function<String, ReadingTypeInfo> types) {
        ReadingTypeInfo type = types.apply(rules.readingType());
        if (type == null) {
            throw new BadRuleException(path + ".readingType", "unknown reading type '" + Text.cut(rules.readingType()) + "'");
        }
        boolean register = type.intervalSeconds() == 0;
        if (rules.gap() && register) {
            throw new BadRuleException(path + ".gap", "a register type (interval 0) has no expected intervals");
        }
        if (rules.spike() != null) {
            if (register) {
                throw new BadRuleException(path + ".spike", "spikes are judged on interval types; a register has the register rule");
            }
            check(path + ".spike", rules.spike());
        }
        if (rules.zeroDays() != null && (rules.zeroDays() < 1 || rules.zeroDays() > 366)) {
            throw new BadRuleException(path + ".zeroDays", "must lie within 1..366 days, not " + rules.zeroDays());
        }
        if (rules.zeroDays() != null && register) {
            throw new BadRuleException(path + ".zeroDays", "zero consumption is judged on interval types");
        }
        if (rules.register() != null) {
            if (!register) {
                throw new BadRuleException(path + ".register", "the register rule needs a register type (interval 0)");
            }
            check(path + ".register", rules.register());
        }
        if (rules.sumCheck() != null) {
            if (register) {
                throw new BadRuleException(path + ".sumCheck", "the sum check belongs to the interval type");
            }
            SumCheckRule sum = rules.sumCheck();
            ReadingTypeInfo registerType = sum.registerType() == null ? null : types.apply(sum.registerType());
            if (registerType == null) {
                throw new BadRuleException(path + ".sumCheck.registerType", "unknown reading type '" + Text.cut(sum.registerType()) + "'");
            }
            if (registerType.intervalSeconds() != 0) {
                throw new BadRuleException(path + ".sumCheck.registerType", "'" + registerType.code() + "' is not a register (interval 0)");
            }
            nonNegative(path + ".sumCheck.tolerance", sum.tolerance());
            nonNegative(path + ".sumCheck.relativeTolerance", sum.relativeTolerance());
            if (sum.relativeTolerance().compareTo(BigDecimal.ONE) > 0) {
                throw new BadRuleException(path + ".sumCheck.relativeTolerance", "a share: at most 1");
            }
        }
        if (rules.futureSeconds() != null && (rules.futureSeconds() < 0 || rules.futureSeconds() > 86_400)) {
            throw new BadRuleException(path + ".futureSeconds", "must lie within 0..86400, not " + rules.futureSeconds());
        }
        if (rules.estimation() == null) {
            throw new BadRuleException(path + ".estimation", "required");
        }
        check(path + ".estimation", rules.estimation());
    }

    static void check(String path, SpikeRule spike) {
        if (spike.window() < 1 || spike.window() > 96) {
            throw new BadRuleException(path + ".window", "must lie within 1..96 intervals, not " + spike.window());
        }
        if (spike.factor() == null || spike.factor().compareTo(BigDecimal.ONE) <= 0 || spike.factor().compareTo(MAX_FACTOR) > 0) {
            throw new BadRuleException(path + ".factor", "must be above 1 and at most 1000, not " + spike.factor());
        }
        nonNegative(path + ".floor", spike.floor());
    }

    static void check(String path, RegisterRule rule) {
        if (rule.modulus() == null) {
            if (rule.maxStep() != null) {
                throw new BadRuleException(path + ".maxStep", "only meaningful with a modulus");
            }
            return;
        }
        if (rule.modulus().signum() <= 0) {
            throw new BadRuleException(path + ".modulus", "must be above 0, not " + rule.modulus());
        }
        if (rule.maxStep() == null) {
            throw new BadRuleException(path + ".maxStep", "required with a modulus: the largest plausible advance between two readings");
        }
        if (rule.maxStep().signum() <= 0 || rule.maxStep().compareTo(rule.modulus()) >= 0) {
            throw new BadRuleException(path + ".maxStep", "must be above 0 and below the modulus, not " + rule.maxStep());
        }
    }

    static void check(String path, EstimationSettings e) {
        if (e.maxInterpolationIntervals() < 0 || e.maxInterpolationIntervals() > 96) {
            throw new BadRuleException(path + ".maxInterpolationIntervals", "must lie within 0..96, not " + e.maxInterpolationIntervals());
        }
        if (e.profileDays() < 1 || e.profileDays() > 52) {
            throw new BadRuleException(path + ".profileDays", "must lie within 1..52, not " + e.profileDays());
        }
        if (e.dayType() == null) {
            throw new BadRuleException(path + ".dayType", "required: SAME_WEEKDAY, WORKDAY_WEEKEND or ANY_DAY");
        }
    }

    private static void nonNegative(String field, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new BadRuleException(field, "must be at least 0, not " + value);
        }
    }
}
