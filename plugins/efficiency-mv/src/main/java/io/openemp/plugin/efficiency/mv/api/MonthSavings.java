package io.openemp.plugin.efficiency.mv.api;

/** One local calendar month of the reporting period, kWh. */
public record MonthSavings(String month, double adjustedBaselineKwh, double actualKwh, double avoidedKwh, int intervals) {
}
