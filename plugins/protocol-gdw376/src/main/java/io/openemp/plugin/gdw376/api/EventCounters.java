package io.openemp.plugin.gdw376.api;

/** EC, the event counters an upward frame carries when ACD is set: important (EC1) and normal (EC2) events. */
public record EventCounters(int important, int normal) {

    public EventCounters {
        if (important < 0 || important > 255 || normal < 0 || normal > 255) {
            throw new IllegalArgumentException("event counters are one byte each");
        }
    }
}
