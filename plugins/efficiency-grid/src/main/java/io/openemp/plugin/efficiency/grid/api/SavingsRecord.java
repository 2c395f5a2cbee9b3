package io.openemp.plugin.efficiency.grid.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.openemp.plugin.api.Nullable;

/**
 * A verified saving as recorded: one measure of one program at one customer (optionally one usage point) over a
 * period of local days.
 *
 * @param id the record's identifier, chosen by the caller (e.g. the utility's verification number)
 * @param customer mRID of the customer in the metering master data
 * @param usagePoint mRID of one of the customer's usage points, or {@code null} for the customer as a whole
 * @param program the efficiency program (an identifier)
 * @param measure the measure, in words or as an identifier
 * @param from first day of the period, inclusive
 * @param to last day of the period, inclusive
 * @param avoidedKwh avoided energy, kWh (negative when consumption rose)
 * @param uncertaintyKwh half-width of its 90 % confidence interval, kWh, at least 0
 * @param peakKw peak load reduced, kW
 * @param source where the figure comes from
 * @param sourceRef the efficiency-mv result's reference (required for {@code MV_RESULT})
 * @param reason why it was entered by hand (required for {@code MANUAL})
 */
public record SavingsRecord(String id, String customer, @Nullable String usagePoint, String program, String measure,
        LocalDate from, LocalDate to, BigDecimal avoidedKwh, BigDecimal uncertaintyKwh, BigDecimal peakKw,
        SourceKind source, @Nullable String sourceRef, @Nullable String reason) {
}
