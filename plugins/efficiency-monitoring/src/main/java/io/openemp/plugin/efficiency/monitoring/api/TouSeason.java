package io.openemp.plugin.efficiency.monitoring.api;

import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * A season of a time-of-use calendar: the days from {@code from} to {@code to} (both included, "MM-dd"; a season
 * may run over the new year, "11-01" to "02-28"), with the bands of a working day and of a weekend day or holiday.
 * The bands of a day must cover 00:00 to 24:00 without gap or overlap.
 *
 * @param name its name ("summer")
 * @param from first day, "MM-dd"
 * @param to last day, "MM-dd"
 * @param workday the bands of Monday to Friday
 * @param weekend the bands of Saturday, Sunday and the calendar's holidays; null: the same as workdays
 */
public record TouSeason(String name, String from, String to, List<TouBand> workday, @Nullable List<TouBand> weekend) {
}
