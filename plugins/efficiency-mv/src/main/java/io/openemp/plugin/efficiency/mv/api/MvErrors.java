package io.openemp.plugin.efficiency.mv.api;

/** Application error codes of {@code efficiency-mv}; wrong parameters answer -32602 naming the parameter. */
public final class MvErrors {

    /**
     * The baseline model fails an ASHRAE Guideline 14 check and the call did not force it: {@code data} carries
     * {@code failed} (the failed {@link Check}s with their values) and {@code baseline} (the whole fit).
     */
    public static final int MODEL_FAILS_GUIDELINE_14 = 4801;

    /** The ReadingStore is not available, and the call asked to read from it. */
    public static final int STORE_UNAVAILABLE = 4802;

    private MvErrors() {
    }
}
