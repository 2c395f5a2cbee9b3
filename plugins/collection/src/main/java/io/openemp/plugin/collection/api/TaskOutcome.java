package io.openemp.plugin.collection.api;

import java.time.Instant;
import java.util.List;

/**
 * What one run of a task did.
 *
 * @param targets terminals and devices asked
 * @param requested items asked for (point x data item, per target)
 * @param collected items answered with a value
 * @param absent items answered without a value (EE: the terminal has no data)
 * @param failed items not answered after every retry
 * @param retries requests sent again
 * @param stored readings committed to the reading store
 * @param failures the first failed items (at most 100)
 */
public record TaskOutcome(String task, Instant startedAt, long durationMillis, int targets, int requested,
        int collected, int absent, int failed, int retries, int stored, List<ItemFailure> failures) {
}
