package io.openemp.plugin.efficiency.monitoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A production quantity of a node: it counts in every period that contains its date, so a monthly total is
 * entered on the first day of its month. One entry per node and date; entering it again replaces it.
 *
 * @param node the node
 * @param date the local date
 * @param quantity the output (zero or more)
 * @param unit its unit ("t", "pieces", "m3"); all entries of a node share one unit
 */
public record ProductionEntry(String node, LocalDate date, BigDecimal quantity, String unit) {
}
