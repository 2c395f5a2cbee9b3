package io.openemp.plugin.dlt645.api;

/**
 * The time field of a freeze command, {@code MMDDhhmm} sent as {@code mm hh DD MM}; each part is BCD, or 99 for
 * "every": {@code 99DDhhmm} freezes monthly on day DD, {@code 9999hhmm} daily, {@code 999999mm} hourly and
 * {@code 99999999} at once.
 *
 * @param month 1..12 or {@link #EVERY}
 * @param day 1..31 or {@link #EVERY}
 * @param hour 0..23 or {@link #EVERY}
 * @param minute 0..59 or {@link #EVERY}
 */
public record FreezeTime(int month, int day, int hour, int minute) {

    /** The value of a part that repeats ("every month", "every day"...). */
    public static final int EVERY = 99;

    /** Bytes of the field on the wire. */
    public static final int LENGTH = 4;

    public FreezeTime {
        check("month", month, 1, 12);
        check("day", day, 1, 31);
        check("hour", hour, 0, 23);
        check("minute", minute, 0, 59);
    }

    private static void check(String part, int value, int min, int max) {
        if (value != EVERY && (value < min || value > max)) {
            throw new IllegalArgumentException("freeze " + part + " is " + min + ".." + max + " or 99, not " + value);
        }
    }

    /** {@code 99999999}: freeze now. */
    public static FreezeTime instant() {
        return new FreezeTime(EVERY, EVERY, EVERY, EVERY);
    }

    /** {@code 999999mm}: every hour at {@code minute}. */
    public static FreezeTime hourly(int minute) {
        return new FreezeTime(EVERY, EVERY, EVERY, minute);
    }

    /** {@code 9999hhmm}: every day at {@code hour:minute}. */
    public static FreezeTime daily(int hour, int minute) {
        return new FreezeTime(EVERY, EVERY, hour, minute);
    }

    /** {@code 99DDhhmm}: every month on {@code day} at {@code hour:minute}. */
    public static FreezeTime monthly(int day, int hour, int minute) {
        return new FreezeTime(EVERY, day, hour, minute);
    }

    /** What the field asks for, e.g. {@code daily at 00:00}. */
    public String describe() {
        if (month == EVERY && day == EVERY && hour == EVERY && minute == EVERY) {
            return "instant freeze";
        }
        if (month == EVERY && day == EVERY && hour == EVERY) {
            return String.format("hourly at minute %02d", minute);
        }
        if (month == EVERY && day == EVERY) {
            return String.format("daily at %s:%s", part(hour), part(minute));
        }
        if (month == EVERY) {
            return String.format("monthly on day %s at %s:%s", part(day), part(hour), part(minute));
        }
        return String.format("on %s-%s at %s:%s", part(month), part(day), part(hour), part(minute));
    }

    private static String part(int value) {
        return String.format("%02d", value);
    }

    /** The digits as written, {@code MMDDhhmm}. */
    @Override
    public String toString() {
        return String.format("%02d%02d%02d%02d", month, day, hour, minute);
    }
}
