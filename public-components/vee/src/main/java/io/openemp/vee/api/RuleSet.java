package io.openemp.vee.api;

import io.openemp.plugin.api.Nullable;

/**
 * The VEE rules of one reading type. A rule that is {@code false} or {@code null} is off.
 *
 * @param readingType the reading type's code
 * @param gap report missing expected intervals (interval types only)
 * @param spike the spike rule, or null
 * @param negative flag values below 0
 * @param zeroDays flag runs of zero values lasting at least this many days (1..366), or null
 * @param register the register rule (register types: interval 0), or null
 * @param sumCheck the interval sum against register advance rule (interval types), or null
 * @param futureSeconds flag readings stamped later than now plus this many seconds (0..86400), or null
 * @param estimation how gaps are filled
 * @param origin {@code stored} for a rule set set by {@code vee.rules.set}, {@code default} for the configured
 *        defaults; ignored by {@code vee.rules.set}
 */
public record RuleSet(String readingType, boolean gap, @Nullable SpikeRule spike, boolean negative,
        @Nullable Integer zeroDays, @Nullable RegisterRule register, @Nullable SumCheckRule sumCheck,
        @Nullable Integer futureSeconds, EstimationSettings estimation, @Nullable String origin) {

    /** The same rules with another origin. */
    public RuleSet withOrigin(String newOrigin) {
        return new RuleSet(readingType, gap, spike, negative, zeroDays, register, sumCheck, futureSeconds, estimation, newOrigin);
    }
}
