package io.openemp.plugin.efficiency.mv.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import io.openemp.plugin.efficiency.mv.api.Granularity;

/** The interval starts of a model's calendar: whole UTC-offset hours, or local midnights. */
final class Intervals {

    private final Granularity granularity;
    private final ZoneId zone;

    Intervals(Granularity granularity, ZoneId zone) {
        this.granularity = granularity;
        this.zone = zone;
    }

    boolean isStart(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        if (granularity == Granularity.PT1H) {
            return local.getMinute() == 0 && local.getSecond() == 0 && local.getNano() == 0;
        }
        return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }

    /** Interval starts in [from, to). */
    int count(Instant from, Instant to) {
        if (granularity == Granularity.PT1H) {
            Instant first = from.atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
            if (first.isBefore(from)) {
                first = first.plus(Duration.ofHours(1));
            }
            return (int) Math.max(0, (Duration.between(first, to).toMinutes() + 59) / 60);
        }
        ZonedDateTime day = from.atZone(zone).truncatedTo(ChronoUnit.DAYS);
        if (day.toInstant().isBefore(from)) {
            day = day.plusDays(1);
        }
        int count = 0;
        while (day.toInstant().isBefore(to)) {
            count++;
            day = day.plusDays(1);
        }
        return count;
    }
}
