package io.openemp.plugin.gdw376.api;

/** How far the data of one Pn/Fn could be laid out. */
public enum BodyStatus {
    /** Every field of the layout was read. */
    COMPLETE,
    /** The layout stopped part way (an absent or impossible count, too few bytes); the rest is kept raw. */
    PARTIAL,
    /** No layout is known for this AFN, Fn and direction; the bytes up to the end of the data are kept raw. */
    RAW
}
