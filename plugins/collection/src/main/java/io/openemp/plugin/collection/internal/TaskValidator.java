package io.openemp.plugin.collection.internal;

import java.util.List;
import java.util.regex.Pattern;

import io.openemp.plugin.collection.api.CollectionTask;
import io.openemp.plugin.collection.api.DataItemSpec;
import io.openemp.plugin.collection.api.Device;
import io.openemp.plugin.collection.api.MeterLink;
import io.openemp.plugin.collection.api.Schedule;
import io.openemp.plugin.collection.api.TaskMode;
import io.openemp.plugin.dlt645.api.DataId;
import io.openemp.plugin.dlt645.api.MeterAddress;
import io.openemp.plugin.modbus.api.ModbusEndpoint;

/** Checks a task before it is stored; the message names the field ({@code items[2].fn: ...}). */
final class TaskValidator {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final Pattern TERMINAL = Pattern.compile("[0-9A-F]{4}-([0-9]{1,5})");
    private static final int MAX_TERMINALS = 100_000;
    private static final int MAX_ITEMS = 256;
    private static final int MAX_DEVICES = 10_000;
    private static final int MAX_TEXT = 128;

    private TaskValidator() {
    }

    static void check(CollectionTask t) {
        if (t.id() == null || !ID.matcher(t.id()).matches()) {
            throw new IllegalArgumentException("id: lower-case letters, digits, '.', '_' and '-', at most 64, not '" + cut(t.id()) + "'");
        }
        if (t.description() != null && t.description().length() > 1000) {
            throw new IllegalArgumentException("description: at most 1000 characters");
        }
        if (t.mode() == null) {
            throw new IllegalArgumentException("mode: required (POLL, REPORT or FREEZE)");
        }
        terminals(t.terminals());
        if (t.points() != null) {
            if (t.points().size() > 2040) {
                throw new IllegalArgumentException("points: at most 2040");
            }
            for (int i = 0; i < t.points().size(); i++) {
                Integer pn = t.points().get(i);
                if (pn == null || pn < 1 || pn > 2040) {
                    throw new IllegalArgumentException("points[" + i + "]: a measuring point is 1..2040, not " + pn);
                }
            }
        }
        items(t.items());
        devices(t.devices());
        if (t.schedule() != null) {
            schedule(t.schedule());
        }
        if (t.retries() < 0 || t.retries() > 10) {
            throw new IllegalArgumentException("retries: 0..10, not " + t.retries());
        }
        if (t.timeoutMillis() < 100 || t.timeoutMillis() > 600_000) {
            throw new IllegalArgumentException("timeoutMillis: 100..600000, not " + t.timeoutMillis());
        }
        if (t.windowSeconds() != null && (t.windowSeconds() < 1 || t.windowSeconds() > 86_400)) {
            throw new IllegalArgumentException("windowSeconds: 1..86400, not " + t.windowSeconds());
        }
        if (t.freezePort() != null && (t.freezePort() < 1 || t.freezePort() > 31)) {
            throw new IllegalArgumentException("freezePort: 1..31, not " + t.freezePort());
        }
        if (t.meters() != null) {
            if (t.meters().size() > MAX_TERMINALS) {
                throw new IllegalArgumentException("meters: at most " + MAX_TERMINALS + " entries");
            }
            for (int i = 0; i < t.meters().size(); i++) {
                MeterLink link = t.meters().get(i);
                if (link == null) {
                    throw new IllegalArgumentException("meters[" + i + "]: null");
                }
                var m = link.terminal() == null ? null : TERMINAL.matcher(link.terminal());
                if (m == null || !m.matches() || Integer.parseInt(m.group(1)) > 65535) {
                    throw new IllegalArgumentException("meters[" + i + "].terminal: AREA-TERMINAL such as 0171-2082, not '" + cut(link.terminal()) + "'");
                }
                if (link.point() < 1 || link.point() > 2040) {
                    throw new IllegalArgumentException("meters[" + i + "].point: 1..2040, not " + link.point());
                }
                text("meters[" + i + "].meter", link.meter(), 64);
            }
        }
        if (t.mode() == TaskMode.FREEZE && t.items().stream().noneMatch(i -> i.afn() != null && i.afn() == 0x0D)) {
            throw new IllegalArgumentException("items: a FREEZE task collects frozen values: give at least one AFN 13 (0D) item");
        }
    }

    private static void terminals(List<String> terminals) {
        if (terminals == null) {
            return;
        }
        if (terminals.size() > MAX_TERMINALS) {
            throw new IllegalArgumentException("terminals: at most " + MAX_TERMINALS);
        }
        for (int i = 0; i < terminals.size(); i++) {
            String id = terminals.get(i);
            var m = id == null ? null : TERMINAL.matcher(id);
            if (m == null || !m.matches() || Integer.parseInt(m.group(1)) > 65535) {
                throw new IllegalArgumentException("terminals[" + i + "]: AREA-TERMINAL such as 0171-2082 (terminal 0..65535), not '" + cut(id) + "'");
            }
        }
    }

    private static void items(List<DataItemSpec> items) {
        if (items == null) {
            throw new IllegalArgumentException("items: required (may be empty for Modbus devices)");
        }
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("items: at most " + MAX_ITEMS);
        }
        for (int i = 0; i < items.size(); i++) {
            DataItemSpec s = items.get(i);
            String at = "items[" + i + "]";
            if (s == null) {
                throw new IllegalArgumentException(at + ": null");
            }
            text(at + ".readingType", s.readingType(), MAX_TEXT);
            if (s.dataId() != null) {
                if (s.afn() != null || s.fn() != null || s.field() != null) {
                    throw new IllegalArgumentException(at + ": either dataId (DL/T 645) or afn, fn and field (Q/GDW 1376.1), not both");
                }
                try {
                    DataId.parse(s.dataId());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(at + ".dataId: " + e.getMessage());
                }
                continue;
            }
            if (s.afn() == null || (s.afn() != 0x0C && s.afn() != 0x0D)) {
                throw new IllegalArgumentException(at + ".afn: 12 (0C, real time) or 13 (0D, frozen), not " + s.afn());
            }
            if (s.fn() == null || s.fn() < 1 || s.fn() > 248) {
                throw new IllegalArgumentException(at + ".fn: 1..248, not " + s.fn());
            }
            text(at + ".field", s.field(), MAX_TEXT);
        }
    }

    private static void devices(List<Device> devices) {
        if (devices == null) {
            return;
        }
        if (devices.size() > MAX_DEVICES) {
            throw new IllegalArgumentException("devices: at most " + MAX_DEVICES);
        }
        for (int i = 0; i < devices.size(); i++) {
            Device d = devices.get(i);
            String at = "devices[" + i + "]";
            if (d == null) {
                throw new IllegalArgumentException(at + ": null");
            }
            try {
                new ModbusEndpoint(d.host(), d.port(), d.unitId()).check();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + "." + e.getMessage());
            }
            text(at + ".meter", d.meter(), 64);
            if ("dlt645".equals(d.kind())) {
                try {
                    MeterAddress a = MeterAddress.parse(d.address());
                    if (!a.isBcd() || a.isBroadcast()) {
                        throw new IllegalArgumentException("one meter's 12 digits, not a wildcard or the broadcast address");
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(at + ".address: " + e.getMessage());
                }
            } else if ("modbus".equals(d.kind())) {
                text(at + ".profile", d.profile(), MAX_TEXT);
            } else {
                throw new IllegalArgumentException(at + ".kind: \"dlt645\" or \"modbus\", not '" + cut(d.kind()) + "'");
            }
        }
    }

    private static void schedule(Schedule s) {
        if ((s.cron() == null) == (s.intervalSeconds() == null)) {
            throw new IllegalArgumentException("schedule: give either cron or intervalSeconds");
        }
        if (s.intervalSeconds() != null && (s.intervalSeconds() < 1 || s.intervalSeconds() > 31 * 86_400)) {
            throw new IllegalArgumentException("schedule.intervalSeconds: 1..2678400, not " + s.intervalSeconds());
        }
        if (s.cron() != null) {
            if (s.cron().length() > 200) {
                throw new IllegalArgumentException("schedule.cron: at most 200 characters");
            }
            try {
                Schedules.checkCron(s.cron());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("schedule.cron: not a cron expression (seconds minutes hours day-of-month month day-of-week, e.g. \"0 0/15 * * * ?\"): " + e.getMessage());
            }
        }
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
    }

    private static String cut(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
