package io.openemp.event.api;

/** What a limit rule watches. */
public enum RuleKind {
    /** The value is above {@code threshold}; normal again at or below {@code threshold - deadband}. */
    HIGH,
    /** The value is below {@code threshold}; normal again at or above {@code threshold + deadband}. */
    LOW,
    /**
     * The value changes faster than {@code threshold} units per minute (either way) between two consecutive
     * readings; normal again at or below {@code threshold - deadband}.
     */
    RATE_OF_CHANGE,
    /** No reading for {@code intervals} x {@code intervalSeconds}; normal again when a fresh reading arrives. */
    STALE
}
