package io.openemp.plugin.efficiency.potential.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * Base-load reduction: the load left on at night and at weekends against the working-hours load.
 *
 * @param workingLoadKw mean load in working hours, kW
 * @param baseLoadKw mean load out of working hours (nights, weekends), kW
 * @param targetBaseShare the base load a well-run site keeps, as a share of its working load; 0.30 when left out
 * @param nonWorkingHoursPerYear hours out of working hours per year; 6160 when left out (8760 h less 52 weeks of
 *        5 days of 10 hours)
 * @param price price per kWh out of working hours
 */
public record BaseLoadInput(double workingLoadKw, double baseLoadKw, @Nullable Double targetBaseShare,
        @Nullable Double nonWorkingHoursPerYear, BigDecimal price) {
}
