package io.openemp.plugin.collection.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.openemp.plugin.collection.api.ItemFailure;
import io.openemp.plugin.collection.api.TaskOutcome;

/** Adds up one run; thread-safe (targets are polled in parallel). */
final class OutcomeBuilder {

    private static final int MAX_FAILURES = 100;

    private final String task;
    private final Instant startedAt;
    private final long startNanos = System.nanoTime();
    private int targets;
    private int requested;
    private int collected;
    private int absent;
    private int failed;
    private int retries;
    private int stored;
    private final List<ItemFailure> failures = new ArrayList<>();

    OutcomeBuilder(String task, Instant startedAt) {
        this.task = task;
        this.startedAt = startedAt;
    }

    synchronized void target(int items) {
        targets++;
        requested += items;
    }

    synchronized void collected(int n) {
        collected += n;
    }

    synchronized void absent(int n) {
        absent += n;
    }

    synchronized void retry() {
        retries++;
    }

    synchronized void stored(int n) {
        stored += n;
    }

    synchronized void failed(String target, String item, String reason) {
        failed++;
        if (failures.size() < MAX_FAILURES) {
            failures.add(new ItemFailure(target, item, reason));
        }
    }

    synchronized TaskOutcome build() {
        return new TaskOutcome(task, startedAt, (System.nanoTime() - startNanos) / 1_000_000, targets, requested,
                collected, absent, failed, retries, stored, List.copyOf(failures));
    }
}
