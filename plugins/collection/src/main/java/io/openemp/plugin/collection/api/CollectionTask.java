package io.openemp.plugin.collection.api;

import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * A collection task, kept as data.
 *
 * @param id {@code [a-z0-9][a-z0-9._-]*}, at most 64 characters
 * @param mode polling, active reporting or broadcast freeze
 * @param terminals Q/GDW 1376.1 terminals as {@code AREA-TERMINAL} ({@code 0171-2082}); empty or null for every
 *        online terminal
 * @param points the measuring points Pn (1..2040) read from each terminal; null for p1
 * @param items what is read and the reading type it becomes
 * @param devices devices the master connects to (DL/T 645 gateways, Modbus); null for none
 * @param schedule when it runs by itself; null to run only when asked
 * @param retries how many times a failed item is asked again within the task's window (0..10)
 * @param timeoutMillis how long one answer is waited for (100..600000)
 * @param windowSeconds how long a run may take, retries included (null: timeout x (retries + 1) + 60 s)
 * @param meters the meter id of each (terminal, Pn); a point not listed is stored as meter
 *        {@code AREA-TERMINAL-Pn} (the naming rule)
 * @param freezePort the terminal port the freeze command is forwarded to (null: 2, the RS-485 port)
 * @param enabled whether its schedule applies
 */
public record CollectionTask(String id, @Nullable String description, TaskMode mode, @Nullable List<String> terminals,
        @Nullable List<Integer> points, List<DataItemSpec> items, @Nullable List<Device> devices,
        @Nullable Schedule schedule, int retries, int timeoutMillis, @Nullable Integer windowSeconds,
        @Nullable List<MeterLink> meters, @Nullable Integer freezePort, boolean enabled) {
}
