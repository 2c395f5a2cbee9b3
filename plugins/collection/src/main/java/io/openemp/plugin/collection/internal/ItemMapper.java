package io.openemp.plugin.collection.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.openemp.data.readings.api.Reading;
import io.openemp.plugin.collection.api.CollectionTask;
import io.openemp.plugin.collection.api.DataItemSpec;
import io.openemp.plugin.collection.api.MeterLink;
import io.openemp.plugin.gdw376.api.BcdTime;
import io.openemp.plugin.gdw376.api.DataItem;
import io.openemp.plugin.gdw376.api.FieldValue;
import io.openemp.plugin.gdw376.api.ValueStatus;

/**
 * Turns the data of one (Pn, Fn) into a reading, by a task's items.
 *
 * <ul>
 * <li>Meter: the task's {@code meters} link for the terminal and Pn, else {@code AREA-TERMINAL-Pn}.</li>
 * <li>Time: AFN 0D (frozen data) is stamped at the start of its frozen day ({@code frozenDay}, Td_d) or month
 * (Td_m) in the terminals' zone, so collecting it again gives the same key; AFN 0C at its {@code readingTime}
 * (A.15, minute precision) in that zone, or when the answer came if it has none.</li>
 * </ul>
 */
final class ItemMapper {

    /** What the master stores when a report comes from a terminal no task names. */
    static final List<DataItemSpec> DEFAULT_ITEMS = List.of(
            new DataItemSpec(0x0C, 129, "forwardActive.total", null, "energy.active.forward"),
            new DataItemSpec(0x0C, 131, "reverseActive.total", null, "energy.active.reverse"),
            new DataItemSpec(0x0C, 33, "forwardActive.total", null, "energy.active.forward"),
            new DataItemSpec(0x0C, 25, "voltageA", null, "voltage.a"),
            new DataItemSpec(0x0C, 25, "currentA", null, "current.a"),
            new DataItemSpec(0x0C, 25, "activePower", null, "power.active"),
            new DataItemSpec(0x0D, 161, "forwardActive.total", null, "energy.active.forward.daily"),
            new DataItemSpec(0x0D, 1, "forwardActive.total", null, "energy.active.forward.daily"));

    /** One item's result. */
    enum Status { VALUE, ABSENT }

    record Mapped(Status status, Reading reading) {
    }

    private final ZoneId zone;

    ItemMapper(ZoneId zone) {
        this.zone = zone;
    }

    static String meter(CollectionTask task, String terminal, int pn) {
        if (task != null && task.meters() != null) {
            for (MeterLink link : task.meters()) {
                if (link.point() == pn && link.terminal().equals(terminal)) {
                    return link.meter();
                }
            }
        }
        return terminal + "-" + pn;
    }

    /** The reading of {@code spec} in {@code item}, ABSENT when the terminal had no value (EE or invalid). */
    Mapped map(CollectionTask task, String terminal, int afn, DataItem item, DataItemSpec spec, Instant received) {
        Optional<FieldValue> field = item.data().find(spec.field());
        if (field.isEmpty() || field.get().status() != ValueStatus.OK || field.get().decimal().isEmpty()) {
            return new Mapped(Status.ABSENT, null);
        }
        BigDecimal value = field.get().decimal().get();
        Instant at = time(afn, item, received);
        return new Mapped(Status.VALUE, new Reading(meter(task, terminal, item.pn()), spec.readingType(), at, value,
                Set.of(), "gdw376:" + terminal));
    }

    private Instant time(int afn, DataItem item, Instant received) {
        try {
            if (afn == 0x0D) {
                Optional<BcdTime> day = item.data().time("frozenDay");
                if (day.isPresent()) {
                    return day.get().toLocalDate().atStartOfDay(zone).toInstant();
                }
                Optional<BcdTime> month = item.data().time("frozenMonth");
                if (month.isPresent()) {
                    return month.get().toYearMonth().atDay(1).atStartOfDay(zone).toInstant();
                }
            }
            Optional<BcdTime> read = item.data().time("readingTime");
            if (read.isPresent()) {
                return read.get().toLocalDateTime().atZone(zone).toInstant();
            }
        } catch (DateTimeException | IllegalStateException e) {
            // a time the terminal filled with something that is no date: fall back to when it arrived
        }
        return received.truncatedTo(ChronoUnit.SECONDS);
    }
}
