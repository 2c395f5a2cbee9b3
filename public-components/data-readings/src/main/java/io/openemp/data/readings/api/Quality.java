package io.openemp.data.readings.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The quality flags a reading may carry. A reading without flags is a value as measured and not yet judged.
 * Besides the four standard flags below, a flag may be the name of a failed validation rule (VEE: validation,
 * estimation, editing), in lower case, such as {@code "spike-check"} or {@code "vee.zero-consumption"}. A
 * reading carries at most {@link #MAX_PER_READING} flags; the store keeps up to {@link #MAX_NAMES} distinct
 * rule names.
 */
public final class Quality {

    /** Passed validation. */
    public static final String VALID = "VALID";

    /** Not measured: computed by an estimation rule (filling a gap, a profile...). */
    public static final String ESTIMATED = "ESTIMATED";

    /** Changed by hand or by an editing rule after it was measured. */
    public static final String EDITED = "EDITED";

    /** Failed a validation rule; the rule names that failed are flags of their own. */
    public static final String SUSPECT = "SUSPECT";

    /** The standard flags, in the order the store lists them. */
    public static final List<String> STANDARD = List.of(VALID, ESTIMATED, EDITED, SUSPECT);

    /** Most flags on one reading. */
    public static final int MAX_PER_READING = 16;

    /** Most distinct flag names the store keeps (standard ones and rule names together). */
    public static final int MAX_NAMES = 1000;

    private static final Pattern RULE = Pattern.compile("[a-z][a-z0-9._-]{0,47}");

    private Quality() {
    }

    /** Whether {@code flag} is a standard flag or a well-formed rule name. */
    public static boolean isValid(String flag) {
        return flag != null && (STANDARD.contains(flag) || RULE.matcher(flag).matches());
    }
}
