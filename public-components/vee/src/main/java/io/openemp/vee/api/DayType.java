package io.openemp.vee.api;

/** Which earlier days count as "similar" for the profile estimate of a long gap (local days of the meter). */
public enum DayType {
    /** The same weekday (a Tuesday from earlier Tuesdays). */
    SAME_WEEKDAY,
    /** Monday to Friday from earlier working days, Saturday and Sunday from earlier weekend days (no holiday calendar). */
    WORKDAY_WEEKEND,
    /** Any earlier day. */
    ANY_DAY
}
