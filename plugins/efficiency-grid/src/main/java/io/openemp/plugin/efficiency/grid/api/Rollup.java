package io.openemp.plugin.efficiency.grid.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Verified savings rolled up an organisation tree for a period.
 *
 * @param unit the unit asked for
 * @param period the period label ({@code 2026}, {@code 2026-Q1}, {@code 2026-03})
 * @param from its first day
 * @param to its last day
 * @param straddlingRecords records of the subtree that overlap the period without lying inside it: not counted
 * @param rows the unit, then its descendants down to the depth asked for, each parent before its children
 */
public record Rollup(String unit, String period, LocalDate from, LocalDate to, int straddlingRecords,
        List<UnitRollup> rows) {
}
