package io.openemp.plugin.efficiency.potential.api;

import java.time.Instant;

/**
 * A customer's load over a period, read from the ReadingStore, reduced to what the checks and the tree use.
 * Hours are the meter organisation's local hours: working hours Monday to Friday 08:00-18:00; base hours
 * 00:00-06:00 on weekdays and all weekend; peak hours 08:00-11:00 and 18:00-21:00 every day.
 *
 * @param meter the meter
 * @param from start of the period (UTC)
 * @param to end of the period (UTC, exclusive)
 * @param zone the time zone the hours are counted in
 * @param hours hours with an active-energy value
 * @param hoursMissing hours of the period without one (left out of every figure)
 * @param energyKwh active energy over the hours present
 * @param reactiveKvarh reactive energy over the hours present (of the hours that have both)
 * @param meanLoadKw mean hourly load
 * @param maxLoadKw highest hourly load
 * @param workingLoadKw mean load in working hours (input of the base-load check)
 * @param baseLoadKw mean load in base hours (input of the base-load check)
 * @param peakEnergyKwh energy in peak hours (scaled to a year: input of the peak-shift check)
 * @param features the tree's features; intensityPercentile is the one given in the call
 */
public record LoadProfile(String meter, Instant from, Instant to, String zone, int hours, int hoursMissing,
        double energyKwh, double reactiveKvarh, double meanLoadKw, double maxLoadKw, double workingLoadKw,
        double baseLoadKw, double peakEnergyKwh, Features features) {
}
