package io.openemp.plugin.efficiency.benchmark.api;

/** Enterprise size classes of the Chinese statistical classification (大型, 中型, 小型, 微型). */
public enum SizeClass {
    LARGE, MEDIUM, SMALL, MICRO
}
