package io.openemp.plugin.efficiency.grid.api;

import java.util.List;

/**
 * A feeder with its members.
 *
 * @param feeder the feeder
 * @param members customers and usage points it supplies, ordered by customer
 */
public record FeederInfo(Feeder feeder, List<FeederMember> members) {
}
