package io.openemp.plugin.gdw376.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * A time in one of the standard's BCD time formats (A.1, A.15 .. A.21): the parts the format carries, and
 * {@link #ABSENT} for the parts it does not. Years are 2000 + the two BCD digits. A.1 also carries the weekday
 * (1 = Monday .. 7 = Sunday, 0 = not given).
 */
public record BcdTime(DataFormat format, int year, int month, int day, int hour, int minute, int second, int weekday) {

    /** A part the format does not carry. */
    public static final int ABSENT = -1;

    public BcdTime {
        if (format == null || format.kind() != DataFormat.Kind.TIME) {
            throw new IllegalArgumentException("not a time format: " + format);
        }
    }

    /** The parts of {@code time} that {@code format} carries (A.1 takes the weekday from the date). */
    public static BcdTime of(DataFormat format, LocalDateTime time) {
        if (time.getYear() < 2000 || time.getYear() > 2099) {
            throw new IllegalArgumentException("the BCD time formats carry years 2000..2099, not " + time.getYear());
        }
        return switch (format) {
            case A1 -> new BcdTime(format, time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
                    time.getMinute(), time.getSecond(), time.getDayOfWeek().getValue());
            case A15 -> new BcdTime(format, time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
                    time.getMinute(), ABSENT, ABSENT);
            case A16 -> new BcdTime(format, ABSENT, ABSENT, time.getDayOfMonth(), time.getHour(), time.getMinute(),
                    time.getSecond(), ABSENT);
            case A17 -> new BcdTime(format, ABSENT, time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
                    time.getMinute(), ABSENT, ABSENT);
            case A18 -> new BcdTime(format, ABSENT, ABSENT, time.getDayOfMonth(), time.getHour(), time.getMinute(),
                    ABSENT, ABSENT);
            case A19 -> new BcdTime(format, ABSENT, ABSENT, ABSENT, time.getHour(), time.getMinute(), ABSENT, ABSENT);
            case A20 -> new BcdTime(format, time.getYear(), time.getMonthValue(), time.getDayOfMonth(), ABSENT, ABSENT,
                    ABSENT, ABSENT);
            case A21 -> new BcdTime(format, time.getYear(), time.getMonthValue(), ABSENT, ABSENT, ABSENT, ABSENT, ABSENT);
            default -> throw new IllegalArgumentException("not a time format: " + format);
        };
    }

    /** A.20 of {@code date}. */
    public static BcdTime ofDate(LocalDate date) {
        return of(DataFormat.A20, date.atStartOfDay());
    }

    /** A.21 of {@code month}. */
    public static BcdTime ofMonth(YearMonth month) {
        return of(DataFormat.A21, month.atDay(1).atStartOfDay());
    }

    /** The local date and time, when the format carries year, month, day, hour and minute (A.1, A.15). */
    public LocalDateTime toLocalDateTime() {
        if (year == ABSENT || month == ABSENT || day == ABSENT || hour == ABSENT || minute == ABSENT) {
            throw new DateTimeException(format.title() + " does not carry a whole date and time");
        }
        return LocalDateTime.of(year, month, day, hour, minute, second == ABSENT ? 0 : second);
    }

    /** The date, when the format carries year, month and day (A.1, A.15, A.20). */
    public LocalDate toLocalDate() {
        if (year == ABSENT || month == ABSENT || day == ABSENT) {
            throw new DateTimeException(format.title() + " does not carry a whole date");
        }
        return LocalDate.of(year, month, day);
    }

    /** The month, when the format carries year and month. */
    public YearMonth toYearMonth() {
        if (year == ABSENT || month == ABSENT) {
            throw new DateTimeException(format.title() + " does not carry a year and month");
        }
        return YearMonth.of(year, month);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    /** ISO-like text of the parts present: "2018-08-28 16:47", "day 28 16:49:13", "2018-07". */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (year != ABSENT) {
            out.append(year);
        }
        if (month != ABSENT) {
            out.append(out.length() > 0 ? "-" : "month ").append(two(month));
        }
        if (day != ABSENT) {
            out.append(out.length() > 0 ? "-" : "day ").append(two(day));
        }
        if (hour != ABSENT) {
            out.append(out.length() > 0 ? " " : "").append(two(hour)).append(':').append(two(minute));
            if (second != ABSENT) {
                out.append(':').append(two(second));
            }
        }
        if (weekday > 0) {
            out.append(" (").append(java.time.DayOfWeek.of(weekday)).append(')');
        }
        return out.toString();
    }
}
