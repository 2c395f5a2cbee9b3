package io.openemp.vee.api;

import java.util.List;

/**
 * The names of the VEE rules. Each is also the quality flag (see the reading store's {@code Quality}) put on a
 * reading that fails the rule, next to {@code SUSPECT}; {@link #ROLLOVER} is put alone, since a register that
 * wrapped at its maximum is a correct reading. {@link #GAP} marks no reading (a gap has none): it names the
 * finding only. Estimates carry {@code ESTIMATED} and their method's flag.
 */
public final class VeeFlags {

    public static final String GAP = "vee.gap";
    public static final String SPIKE = "vee.spike";
    public static final String NEGATIVE = "vee.negative";
    public static final String ZERO_RUN = "vee.zero-consumption";
    public static final String ROLLOVER = "vee.rollover";
    public static final String RESET = "vee.register-reset";
    public static final String SUM_CHECK = "vee.sum-check";
    public static final String FUTURE = "vee.future";

    /** Flag of a value estimated by linear interpolation between its measured neighbours. */
    public static final String INTERPOLATED = "vee.interpolation";
    /** Flag of a value estimated from the profile of similar days. */
    public static final String PROFILE = "vee.profile";

    /** Every validation rule name, in the order findings are listed for one instant. */
    public static final List<String> RULES = List.of(GAP, SPIKE, NEGATIVE, ZERO_RUN, ROLLOVER, RESET, SUM_CHECK, FUTURE);

    private VeeFlags() {
    }
}
