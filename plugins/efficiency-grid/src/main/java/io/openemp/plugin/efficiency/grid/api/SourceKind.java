package io.openemp.plugin.efficiency.grid.api;

/** Where a verified saving comes from. */
public enum SourceKind {
    /** A measured-savings (efficiency-mv) calculation; its reference is required. */
    MV_RESULT,
    /** Entered by hand; its reason is required. */
    MANUAL
}
