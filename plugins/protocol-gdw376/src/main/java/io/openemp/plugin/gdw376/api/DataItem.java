package io.openemp.plugin.gdw376.api;

/** The data of one information point and class within a data unit. */
public record DataItem(int pn, int fn, FnData data) {

    /** "p1 F25". */
    public String key() {
        return (pn == DataUnitId.ALL_POINTS ? "all points" : "p" + pn) + " F" + fn;
    }
}
