package io.openemp.plugin.efficiency.monitoring.api;

/** The levels of an energy-accounting hierarchy, outermost first; a child sits on a deeper level than its parent. */
public enum Level {
    SITE, WORKSHOP, LINE, EQUIPMENT
}
