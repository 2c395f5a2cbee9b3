package io.openemp.plugin.gdw376.api;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Tp, the time tag (6 bytes): PFC, the initiating station's frame counter; the send time in A.16 (second,
 * minute, hour, day; raw BCD, kept as sent); the allowed transmission delay in minutes (0: no check).
 */
public record TimeTag(int pfc, byte[] sendTime, int delayMinutes) {

    public TimeTag {
        if (pfc < 0 || pfc > 255 || delayMinutes < 0 || delayMinutes > 255) {
            throw new IllegalArgumentException("PFC and the delay are one byte each");
        }
        if (sendTime == null || sendTime.length != 4) {
            throw new IllegalArgumentException("the send time is 4 bytes (A.16)");
        }
        sendTime = sendTime.clone();
    }

    /** A time tag sent at {@code at} (its second, minute, hour and day are kept). */
    public static TimeTag of(int pfc, ZonedDateTime at, int delayMinutes) {
        byte[] time = {bcd(at.getSecond()), bcd(at.getMinute()), bcd(at.getHour()), bcd(at.getDayOfMonth())};
        return new TimeTag(pfc, time, delayMinutes);
    }

    private static byte bcd(int v) {
        return (byte) ((v / 10) << 4 | v % 10);
    }

    private static int unbcd(byte b) {
        int hi = (b >> 4) & 0xF;
        int lo = b & 0xF;
        return hi > 9 || lo > 9 ? -1 : hi * 10 + lo;
    }

    @Override
    public byte[] sendTime() {
        return sendTime.clone();
    }

    public int second() {
        return unbcd(sendTime[0]);
    }

    public int minute() {
        return unbcd(sendTime[1]);
    }

    public int hour() {
        return unbcd(sendTime[2]);
    }

    public int day() {
        return unbcd(sendTime[3]);
    }

    /** Whether the send time is a valid A.16 time. */
    public boolean validTime() {
        return second() >= 0 && second() <= 59 && minute() >= 0 && minute() <= 59 && hour() >= 0 && hour() <= 23
                && day() >= 1 && day() <= 31;
    }

    /**
     * The send time as a date: A.16 has no month or year, so the day is placed in the month of {@code now}, the
     * month before or the month after, whichever puts it nearest to now (a day the month lacks is skipped).
     */
    public ZonedDateTime sentAt(ZonedDateTime now) {
        if (!validTime()) {
            throw new DateTimeException("the time tag holds no valid time");
        }
        ZonedDateTime best = null;
        for (int months = -1; months <= 1; months++) {
            ZonedDateTime month = now.plusMonths(months);
            if (day() > month.toLocalDate().lengthOfMonth()) {
                continue;
            }
            ZonedDateTime candidate = month.withDayOfMonth(day()).withHour(hour()).withMinute(minute())
                    .withSecond(second()).truncatedTo(ChronoUnit.SECONDS);
            if (best == null || distance(candidate, now) < distance(best, now)) {
                best = candidate;
            }
        }
        return best;
    }

    private static long distance(ZonedDateTime a, ZonedDateTime b) {
        return Math.abs(Duration.between(a, b).getSeconds());
    }

    /**
     * The standard's check: a receiver discards the frame when the time from its sending to now exceeds the
     * allowed delay; a delay of 0 asks for no check. Times are read in the clock's zone.
     */
    public TpCheck check(Clock clock) {
        if (!validTime()) {
            return new TpCheck(TpCheck.Status.INVALID_TIME, null, null, delayMinutes);
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime sent = sentAt(now);
        Duration age = Duration.between(sent, now);
        if (delayMinutes == 0) {
            return new TpCheck(TpCheck.Status.NOT_CHECKED, sent, age, 0);
        }
        boolean expired = age.compareTo(Duration.ofMinutes(delayMinutes)) > 0;
        return new TpCheck(expired ? TpCheck.Status.EXPIRED : TpCheck.Status.IN_WINDOW, sent, age, delayMinutes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeTag t && t.pfc == pfc && t.delayMinutes == delayMinutes
                && java.util.Arrays.equals(t.sendTime, sendTime);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(pfc, delayMinutes, java.util.Arrays.hashCode(sendTime));
    }

    @Override
    public String toString() {
        return "Tp[pfc=" + pfc + ", sent=" + (validTime() ? String.format("day %02d %02d:%02d:%02d", day(), hour(), minute(), second())
                : "invalid") + ", delay=" + delayMinutes + " min]";
    }
}
