package io.openemp.plugin.efficiency.grid.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Contributions to a unit's (its whole subtree's) or a feeder's verified savings in a period, largest first.
 *
 * @param scope unit or feeder
 * @param id the unit's mRID or the feeder's id
 * @param period the period label
 * @param from its first day
 * @param to its last day
 * @param by program or customer
 * @param totalKwh all avoided energy of the scope in the period
 * @param items the top contributions, largest avoided energy first (ties by key)
 * @param othersCount contributions beyond the top ones
 * @param othersKwh their avoided energy
 */
public record Contributions(TargetScope scope, String id, String period, LocalDate from, LocalDate to,
        ContributionBy by, BigDecimal totalKwh, List<Contribution> items, int othersCount, BigDecimal othersKwh) {
}
