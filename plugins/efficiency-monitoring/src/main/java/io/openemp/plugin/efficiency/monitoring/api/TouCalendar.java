package io.openemp.plugin.efficiency.monitoring.api;

import java.time.LocalDate;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * A time-of-use calendar: seasons that cover every day of the year exactly once (one season "01-01" to "12-31" when
 * the bands never change), and holidays that follow the weekend bands. An interval reading belongs to the band in
 * force at its interval's start, local time.
 *
 * @param id its id: 1-64 letters, digits, '.', '_', '-'
 * @param name its name
 * @param seasons its seasons
 * @param holidays dates with weekend bands; null for none
 */
public record TouCalendar(String id, String name, List<TouSeason> seasons, @Nullable List<LocalDate> holidays) {
}
