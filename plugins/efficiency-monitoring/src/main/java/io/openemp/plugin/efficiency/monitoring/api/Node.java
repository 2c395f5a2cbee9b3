package io.openemp.plugin.efficiency.monitoring.api;

import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * A node of an enterprise's energy-accounting hierarchy. Its energy is the signed sum of its meters.
 *
 * @param id its id, unique on the platform: 1-64 letters, digits, '.', '_', '-'
 * @param enterprise the enterprise it belongs to
 * @param parent its parent node (same enterprise), null for a top node
 * @param name its name
 * @param level its level, deeper than its parent's
 * @param meters its meters, each at most once (may be empty: a node that only groups others)
 */
public record Node(String id, String enterprise, @Nullable String parent, String name, Level level,
        List<MeterLink> meters) {
}
