package io.openemp.data.readings.api;

import org.osgi.annotation.versioning.ConsumerType;

import io.openemp.plugin.api.Caller;

/**
 * The data-scope hook of the {@code readings.*} methods: whether a caller may read and write the readings of a
 * meter. The metering module implements it (a meter's organisation unit against the caller's scope). Without such
 * a service every authorised caller reaches every meter. Java callers of {@link ReadingStore} are not scoped.
 *
 * <p>Asked for every meter of every call: keep it fast.
 */
@ConsumerType
public interface MeterScope {

    /**
     * @param caller the authenticated caller of a {@code readings.*} method
     * @param meterMrid the meter the call names (possibly unknown or malformed)
     * @return whether {@code caller} may reach that meter's readings; false for a meter that does not exist
     *         unless the caller sees everything
     */
    boolean permits(Caller caller, String meterMrid);
}
