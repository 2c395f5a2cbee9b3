package io.openemp.plugin.efficiency.monitoring.api;

import java.util.List;

/** An enterprise and all its nodes, each parent before its children. */
public record Hierarchy(Enterprise enterprise, List<Node> nodes) {
}
