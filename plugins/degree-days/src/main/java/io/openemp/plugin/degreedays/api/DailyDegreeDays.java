package io.openemp.plugin.degreedays.api;

import io.openemp.plugin.api.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Degree days of one local day (in the zone of the request).
 *
 * @param date the local date
 * @param hdd heating degree days (K·day), 2 decimals; {@code null} when the day has no observation
 * @param cdd cooling degree days (K·day), 2 decimals; {@code null} when the day has no observation
 * @param meanCelsius mean of the day's observations in °C, 2 decimals; {@code null} when there is none
 * @param observations how many observations fell on this local day
 * @param expectedObservations how many the day should have: its length (23, 24 or 25 hours across a daylight
 *        saving change) divided by the series interval, at least 1
 * @param complete whether {@code observations} reaches the configured share of {@code expectedObservations};
 *        an incomplete day is reported but left out of the totals
 */
public record DailyDegreeDays(LocalDate date, @Nullable BigDecimal hdd, @Nullable BigDecimal cdd, @Nullable BigDecimal meanCelsius,
        int observations, long expectedObservations, boolean complete) {
}
