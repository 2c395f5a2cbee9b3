package io.openemp.plugin.modbus.api;

import java.time.Instant;
import java.util.List;

/**
 * The answer to one {@link ModbusMaster#read}: one {@link PointValue} per point of the profile, in the profile's
 * order.
 *
 * @param profileId the profile read
 * @param endpoint {@code host:port}
 * @param startedAt when the read started
 * @param durationMillis how long it took
 * @param requests how many requests were sent, retries included
 * @param good how many points have a value
 * @param failed how many points have none
 * @param values one per point
 */
public record ReadResult(String profileId, String endpoint, Instant startedAt, long durationMillis, int requests,
        int good, int failed, List<PointValue> values) {

    public ReadResult {
        values = List.copyOf(values);
    }

    /** The value of point {@code name}. */
    public PointValue value(String name) {
        return values.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no point '" + name + "' in profile " + profileId));
    }
}
