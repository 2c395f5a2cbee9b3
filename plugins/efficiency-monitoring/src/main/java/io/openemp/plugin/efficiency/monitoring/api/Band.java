package io.openemp.plugin.efficiency.monitoring.api;

/** Time-of-use bands: sharp (critical) peak, peak, flat (shoulder) and valley (off-peak). */
public enum Band {
    SHARP, PEAK, FLAT, VALLEY
}
