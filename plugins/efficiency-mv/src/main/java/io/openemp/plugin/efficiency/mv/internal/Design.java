package io.openemp.plugin.efficiency.mv.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import io.openemp.plugin.efficiency.mv.api.TimeOfWeek;

/** The explanatory columns of an interval: time-of-week indicators (first level dropped), then the drivers. */
final class Design {

    private final ZoneId zone;
    private final TimeOfWeek timeOfWeek;
    private final int drivers;

    Design(ZoneId zone, TimeOfWeek timeOfWeek, int drivers) {
        this.zone = zone;
        this.timeOfWeek = timeOfWeek;
        this.drivers = drivers;
    }

    static int levels(TimeOfWeek timeOfWeek) {
        return switch (timeOfWeek) {
            case HOUR_OF_WEEK -> 168;
            case HOUR_AND_DAYTYPE -> 48;
            case DAY_OF_WEEK -> 7;
            case DAYTYPE -> 2;
            case NONE -> 1;
        };
    }

    int level(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        int dow = local.getDayOfWeek().getValue() - 1;
        boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        return switch (timeOfWeek) {
            case HOUR_OF_WEEK -> dow * 24 + local.getHour();
            case HOUR_AND_DAYTYPE -> (weekend ? 24 : 0) + local.getHour();
            case DAY_OF_WEEK -> dow;
            case DAYTYPE -> weekend ? 1 : 0;
            case NONE -> 0;
        };
    }

    int columns() {
        return levels(timeOfWeek) - 1 + drivers;
    }

    double[] row(Instant at, double[] driverValues) {
        double[] x = new double[columns()];
        int level = level(at);
        if (level > 0) {
            x[level - 1] = 1;
        }
        System.arraycopy(driverValues, 0, x, levels(timeOfWeek) - 1, drivers);
        return x;
    }

    String name(int column) {
        int indicators = levels(timeOfWeek) - 1;
        return column < indicators ? timeOfWeek.name().toLowerCase() + "=" + (column + 1) : null;
    }
}
