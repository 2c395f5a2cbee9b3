package io.openemp.plugin.collection.internal;

import java.util.List;

import io.openemp.plugin.collection.api.CollectionTask;
import io.openemp.plugin.collection.api.DataItemSpec;
import io.openemp.plugin.collection.api.Device;
import io.openemp.plugin.collection.api.MeterLink;
import io.openemp.plugin.collection.api.Schedule;
import io.openemp.plugin.collection.api.TaskMode;

/** Tasks the tests use. */
final class Tasks {

    static final DataItemSpec F129 = new DataItemSpec(0x0C, 129, "forwardActive.total", null, "energy.active.forward");
    static final DataItemSpec F161 = new DataItemSpec(0x0D, 161, "forwardActive.total", null, "energy.active.forward.daily");

    private Tasks() {
    }

    static CollectionTask poll(String id, List<String> terminals, List<Integer> points, int retries, int timeoutMillis) {
        return new CollectionTask(id, null, TaskMode.POLL, terminals, points, List.of(F129), null, null, retries,
                timeoutMillis, null, null, null, true);
    }

    static CollectionTask freeze(String id, List<String> terminals, List<Integer> points) {
        return new CollectionTask(id, null, TaskMode.FREEZE, terminals, points, List.of(F161), null, null, 1, 2000,
                null, null, null, true);
    }

    static CollectionTask scheduled(String id, Schedule schedule) {
        return new CollectionTask(id, null, TaskMode.POLL, List.of(), List.of(1), List.of(F129), null, schedule, 0,
                1000, null, null, null, true);
    }

    static CollectionTask gateway(String id, Device device, int retries) {
        return new CollectionTask(id, null, TaskMode.POLL, null, null,
                List.of(new DataItemSpec(null, null, null, "00010000", "energy.active.forward")), List.of(device), null,
                retries, 500, null, null, null, true);
    }

    static CollectionTask withMeters(CollectionTask t, List<MeterLink> meters) {
        return new CollectionTask(t.id(), t.description(), t.mode(), t.terminals(), t.points(), t.items(), t.devices(),
                t.schedule(), t.retries(), t.timeoutMillis(), t.windowSeconds(), meters, t.freezePort(), t.enabled());
    }
}
