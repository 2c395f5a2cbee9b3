package io.openemp.data.readings.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.openemp.data.readings.api.MeterScope;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.RpcException;

/**
 * The data scope of one {@code readings.*} call. A meter outside the caller's scope is refused with exactly the
 * answer an unknown meter gets, so that a caller learns nothing about meters it may not see. Without a
 * {@link MeterScope} service everything is in scope.
 */
final class ScopeCheck {

    private final MeterScope scope;
    private final Caller caller;
    /** Answers already given in this call: a batch names the same meters many times. */
    private final Map<String, Boolean> answers = new HashMap<>();

    ScopeCheck(MeterScope scope, Caller caller) {
        this.scope = scope;
        this.caller = caller;
    }

    private boolean permits(String meter) {
        // a missing meter is left to the store, which names what is wrong with it; no caller: fail closed
        return scope == null || meter == null
                || caller != null && answers.computeIfAbsent(meter, m -> scope.permits(caller, m));
    }

    /** Refuses {@code meter} (the parameter {@code meter}) unless it is in scope. */
    void require(String meter) throws RpcException {
        if (!permits(meter)) {
            throw unknown("meter", meter);
        }
    }

    /** Refuses the batch at its first reading of a meter out of scope, naming that row. */
    void requireBatch(List<Reading> readings) throws RpcException {
        if (readings == null || readings.size() > ReadingStore.MAX_BATCH) {
            return; // the store refuses these as they are
        }
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            if (r != null && !permits(r.meter())) {
                throw unknown("readings[" + i + "].meter", r.meter());
            }
        }
    }

    /** The meters of {@code meters} in scope, in their order; those out of scope are left out like meters without readings. */
    List<String> visible(List<String> meters) {
        if (meters == null || meters.size() > ReadingStore.MAX_METERS || scope == null) {
            return meters;
        }
        List<String> kept = new ArrayList<>(meters.size());
        for (String m : meters) {
            if (permits(m)) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static RpcException unknown(String field, String meter) {
        return RpcException.invalidParams(field, "unknown meter '" + Values.shortText(meter) + "'");
    }
}
