package io.openemp.plugin.efficiency.monitoring.internal;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.monitoring.api.MeterLink;
import io.openemp.plugin.efficiency.monitoring.api.Node;

/** The checks of a node before it is saved: its enterprise, its place in the tree, its meters. */
final class NodeRules {

    static final int MAX_METERS = 200;
    private static final int MAX_DEPTH = 16;

    private NodeRules() {
    }

    static void check(Node n, HierarchyStore hierarchy, NodeReader reader) throws RpcException, SQLException {
        Checks.id("node.id", n.id());
        Checks.id("node.enterprise", n.enterprise());
        Checks.text("node.name", n.name(), 200);
        if (n.level() == null) {
            throw RpcException.invalidParams("node.level", "is required: SITE, WORKSHOP, LINE or EQUIPMENT");
        }
        if (hierarchy.enterprise(n.enterprise()).isEmpty()) {
            throw RpcException.invalidParams("node.enterprise", "no enterprise '" + n.enterprise() + "'; save it first");
        }
        Optional<Node> existing = hierarchy.node(n.id());
        if (existing.isPresent() && !existing.get().enterprise().equals(n.enterprise())) {
            throw RpcException.invalidParams("node.enterprise", "node '" + n.id() + "' belongs to enterprise '"
                    + existing.get().enterprise() + "'; a node cannot move to another enterprise");
        }
        if (n.parent() != null) {
            Checks.id("node.parent", n.parent());
            Node parent = hierarchy.node(n.parent()).orElseThrow(
                    () -> RpcException.invalidParams("node.parent", "no node '" + n.parent() + "'"));
            if (!parent.enterprise().equals(n.enterprise())) {
                throw RpcException.invalidParams("node.parent", "node '" + n.parent() + "' belongs to another enterprise");
            }
            if (parent.level().compareTo(n.level()) >= 0) {
                throw RpcException.invalidParams("node.level", n.level() + " cannot sit under " + parent.level()
                        + " '" + parent.id() + "'; a child is on a deeper level than its parent");
            }
            int depth = 0;
            for (Node up = parent; up != null; up = up.parent() == null ? null : hierarchy.node(up.parent()).orElse(null)) {
                if (up.id().equals(n.id())) {
                    throw RpcException.invalidParams("node.parent", "'" + n.parent() + "' lies under '" + n.id()
                            + "': the hierarchy would have a cycle");
                }
                if (++depth > MAX_DEPTH) {
                    throw RpcException.invalidParams("node.parent", "the hierarchy would be deeper than " + MAX_DEPTH);
                }
            }
        }
        if (existing.isPresent()) {
            for (Node child : hierarchy.children(n.id())) {
                if (child.level().compareTo(n.level()) <= 0) {
                    throw RpcException.invalidParams("node.level", "child '" + child.id() + "' is " + child.level()
                            + ", which cannot sit under " + n.level());
                }
            }
        }
        List<MeterLink> meters = n.meters();
        if (meters == null || meters.size() > MAX_METERS) {
            throw RpcException.invalidParams("node.meters", "must be a list of at most " + MAX_METERS + " meters");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < meters.size(); i++) {
            MeterLink m = meters.get(i);
            String field = "node.meters[" + i + "]";
            if (m == null) {
                throw RpcException.invalidParams(field, "must not be null");
            }
            Checks.text(field + ".meter", m.meter(), 64);
            if (m.sign() != 1 && m.sign() != -1) {
                throw RpcException.invalidParams(field + ".sign", "must be 1 or -1; got " + m.sign());
            }
            if (!seen.add(m.meter())) {
                throw RpcException.invalidParams(field + ".meter", "meter '" + m.meter() + "' is listed twice");
            }
            if (!reader.meterExists(m.meter())) {
                throw RpcException.invalidParams(field + ".meter", "no meter '" + m.meter() + "' in the meter directory");
            }
        }
    }
}
