package io.openemp.plugin.efficiency.benchmark.api;

/** Whether a ranking could be made. */
public enum RankStatus {
    /** Ranked among at least the minimum number of peers. */
    RANKED,
    /** Fewer peers than the minimum (5): the group is reported, not ranked. */
    TOO_SMALL
}
