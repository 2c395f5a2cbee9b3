package io.openemp.simulator.internal;

/**
 * A time-of-use schedule of four tariffs, as DL/T 645 and Q/GDW 1376.1 number them: 1 sharp 19:00-21:00,
 * 2 peak 08:00-11:00 and 17:00-19:00 and 21:00-23:00, 3 flat 07:00-08:00 and 11:00-17:00, 4 valley 23:00-07:00.
 */
public final class Tariffs {

    public static final int COUNT = 4;

    private Tariffs() {
    }

    /** The tariff of a local minute of the day (0..1439). */
    public static int of(int minuteOfDay) {
        int hour = minuteOfDay / 60;
        if (hour >= 19 && hour < 21) {
            return 1;
        }
        if (hour >= 8 && hour < 11 || hour >= 17 && hour < 19 || hour >= 21 && hour < 23) {
            return 2;
        }
        if (hour == 7 || hour >= 11 && hour < 17) {
            return 3;
        }
        return 4;
    }
}
