package io.openemp.plugin.efficiency.potential.internal;

import java.util.List;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.Features;

/** The features the tree uses: their names, words, ranges and the order of the vectors handed to Tribuo. */
final class FeatureSet {

    static final List<String> NAMES = List.of("loadFactor", "powerFactor", "baseLoadShare", "intensityPercentile", "peakShare");
    private static final List<String> WORDS = List.of("load factor", "power factor", "base-load share",
            "intensity percentile", "peak share");

    private FeatureSet() {
    }

    static double[] vector(Features f) {
        return new double[] {f.loadFactor(), f.powerFactor(), f.baseLoadShare(), f.intensityPercentile(), f.peakShare()};
    }

    static String words(String name) {
        int i = NAMES.indexOf(name);
        return i < 0 ? name : WORDS.get(i);
    }

    /** Checks every feature's range; {@code field} is the path of the features object ("features", "cases[3].features"). */
    static Features check(String field, Features f) throws RpcException {
        Inputs.required(field, f);
        if (!(f.loadFactor() > 0) || f.loadFactor() > 1) {
            throw RpcException.invalidParams(field + ".loadFactor", "must be above 0 and at most 1, not " + f.loadFactor());
        }
        Inputs.powerFactor(field + ".powerFactor", f.powerFactor());
        Inputs.within(field + ".baseLoadShare", f.baseLoadShare(), 0, 5);
        Inputs.within(field + ".intensityPercentile", f.intensityPercentile(), 0, 100);
        Inputs.within(field + ".peakShare", f.peakShare(), 0, 1);
        return f;
    }
}
