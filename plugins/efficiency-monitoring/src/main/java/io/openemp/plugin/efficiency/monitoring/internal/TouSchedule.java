package io.openemp.plugin.efficiency.monitoring.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.monitoring.api.Band;
import io.openemp.plugin.efficiency.monitoring.api.TouBand;
import io.openemp.plugin.efficiency.monitoring.api.TouCalendar;
import io.openemp.plugin.efficiency.monitoring.api.TouSeason;

/**
 * A checked time-of-use calendar, compiled to a band per minute of the day for each season and day type, so that
 * classifying an interval is two array look-ups.
 */
final class TouSchedule {

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]|24:00");
    private static final int MINUTES = 24 * 60;
    private static final int MAX_SEASONS = 12;
    private static final int MAX_BANDS = 96;
    private static final int MAX_HOLIDAYS = 2000;
    /** A leap year, so that 29 February has a season too. */
    private static final int LEAP = 2024;

    private final String id;
    private final Band[][] workday;
    private final Band[][] weekend;
    private final int[] seasonOfDay = new int[366];
    private final Set<LocalDate> holidays;
    private final Set<Band> bands = EnumSet.noneOf(Band.class);

    private TouSchedule(TouCalendar c) throws RpcException {
        id = Checks.id("calendar.id", c.id());
        Checks.text("calendar.name", c.name(), 200);
        List<TouSeason> seasons = c.seasons();
        if (seasons == null || seasons.isEmpty() || seasons.size() > MAX_SEASONS) {
            throw RpcException.invalidParams("calendar.seasons", "must hold 1 to " + MAX_SEASONS + " seasons");
        }
        workday = new Band[seasons.size()][];
        weekend = new Band[seasons.size()][];
        java.util.Arrays.fill(seasonOfDay, -1);
        for (int s = 0; s < seasons.size(); s++) {
            TouSeason season = seasons.get(s);
            String field = "calendar.seasons[" + s + "]";
            Checks.text(field + ".name", season.name(), 100);
            MonthDay from = monthDay(field + ".from", season.from());
            MonthDay to = monthDay(field + ".to", season.to());
            workday[s] = minutes(field + ".workday", season.workday());
            weekend[s] = season.weekend() == null ? workday[s] : minutes(field + ".weekend", season.weekend());
            for (LocalDate d = LocalDate.of(LEAP, 1, 1); d.getYear() == LEAP; d = d.plusDays(1)) {
                MonthDay md = MonthDay.from(d);
                boolean in = from.compareTo(to) <= 0 ? md.compareTo(from) >= 0 && md.compareTo(to) <= 0
                        : md.compareTo(from) >= 0 || md.compareTo(to) <= 0;
                if (in) {
                    int day = d.getDayOfYear() - 1;
                    if (seasonOfDay[day] >= 0) {
                        throw RpcException.invalidParams(field, "overlaps season " + seasonOfDay[day] + " on " + md);
                    }
                    seasonOfDay[day] = s;
                }
            }
        }
        for (int day = 0; day < seasonOfDay.length; day++) {
            if (seasonOfDay[day] < 0) {
                throw RpcException.invalidParams("calendar.seasons", "no season covers "
                        + MonthDay.from(LocalDate.ofYearDay(LEAP, day + 1)) + "; seasons must cover every day of the year");
            }
        }
        List<LocalDate> given = c.holidays() == null ? List.of() : c.holidays();
        if (given.size() > MAX_HOLIDAYS) {
            throw RpcException.invalidParams("calendar.holidays", "must hold at most " + MAX_HOLIDAYS + " dates");
        }
        holidays = new HashSet<>(given);
    }

    /** Checks and compiles a calendar; -32602 naming the field when it is wrong. */
    static TouSchedule of(TouCalendar calendar) throws RpcException {
        if (calendar == null) {
            throw RpcException.invalidParams("calendar", "is required");
        }
        return new TouSchedule(calendar);
    }

    String id() {
        return id;
    }

    /** The bands any day of the calendar uses. */
    Set<Band> bands() {
        return bands;
    }

    /** The band in force at a local time. */
    Band band(LocalDateTime local) {
        LocalDate date = local.toLocalDate();
        int day = MonthDay.from(date).atYear(LEAP).getDayOfYear() - 1;
        int season = seasonOfDay[day];
        DayOfWeek dow = date.getDayOfWeek();
        boolean restDay = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || holidays.contains(date);
        return (restDay ? weekend : workday)[season][local.getHour() * 60 + local.getMinute()];
    }

    private Band[] minutes(String field, List<TouBand> list) throws RpcException {
        if (list == null || list.isEmpty() || list.size() > MAX_BANDS) {
            throw RpcException.invalidParams(field, "must hold 1 to " + MAX_BANDS + " bands covering 00:00 to 24:00");
        }
        Band[] out = new Band[MINUTES];
        int expected = 0;
        for (int i = 0; i < list.size(); i++) {
            TouBand b = list.get(i);
            String f = field + "[" + i + "]";
            if (b.band() == null) {
                throw RpcException.invalidParams(f + ".band", "is required");
            }
            int from = time(f + ".from", b.from());
            int to = time(f + ".to", b.to());
            if (from != expected) {
                throw RpcException.invalidParams(f + ".from", "must be " + format(expected)
                        + " (bands run in order from 00:00 to 24:00, each starting where the last ended)");
            }
            if (to <= from) {
                throw RpcException.invalidParams(f + ".to", "must be after " + b.from());
            }
            java.util.Arrays.fill(out, from, to, b.band());
            bands.add(b.band());
            expected = to;
        }
        if (expected != MINUTES) {
            throw RpcException.invalidParams(field, "bands end at " + format(expected) + "; they must reach 24:00");
        }
        return out;
    }

    private static int time(String field, String value) throws RpcException {
        if (value == null || !TIME.matcher(value).matches()) {
            throw RpcException.invalidParams(field, "must be a local time \"HH:mm\" (00:00 to 24:00); got " + Checks.quote(value));
        }
        return Integer.parseInt(value.substring(0, 2)) * 60 + Integer.parseInt(value.substring(3));
    }

    private static String format(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    private static MonthDay monthDay(String field, String value) throws RpcException {
        try {
            if (value == null || value.length() != 5) {
                throw new DateTimeParseException("length", String.valueOf(value), 0);
            }
            return MonthDay.parse("--" + value);
        } catch (DateTimeParseException e) {
            throw RpcException.invalidParams(field, "must be a day of the year \"MM-dd\"; got " + Checks.quote(value));
        }
    }
}
