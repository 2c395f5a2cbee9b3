package io.openemp.plugin.degreedays.api;

import java.time.Instant;

/**
 * The {@code data} of error {@link DegreeDayErrors#TEMPERATURE_OUT_OF_RANGE}: which observation is impossible.
 *
 * @param index position of the observation in {@code observations}, from 0
 * @param at its instant
 * @param celsius its temperature
 * @param minCelsius lowest temperature accepted
 * @param maxCelsius highest temperature accepted
 */
public record TemperatureOutOfRange(int index, Instant at, double celsius, double minCelsius, double maxCelsius) {
}
