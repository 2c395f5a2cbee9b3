package io.openemp.plugin.efficiency.monitoring.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import io.openemp.plugin.efficiency.monitoring.api.Enterprise;
import io.openemp.plugin.efficiency.monitoring.api.Level;
import io.openemp.plugin.efficiency.monitoring.api.MeterLink;
import io.openemp.plugin.efficiency.monitoring.api.Node;

/** Enterprises, nodes and their meters in the relational store, plain JDBC. */
final class HierarchyStore {

    private static final String NODE_COLUMNS = "SELECT id, enterprise, parent, name, node_level FROM effmon_node ";
    /** The meter links of nodes; read ordered by ordinal, so each node's links come in the order they were saved. */
    private static final String METER_COLUMNS = "SELECT m.node, m.meter, m.meter_sign FROM effmon_node_meter m "
            + "JOIN effmon_node n ON n.id = m.node ";

    private final DataSource dataSource;

    HierarchyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void saveEnterprise(Enterprise e) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int updated = update(c, "UPDATE effmon_enterprise SET name = ?, zone = ? WHERE id = ?", e.name(), e.zone(), e.id());
                if (updated == 0) {
                    update(c, "INSERT INTO effmon_enterprise (name, zone, id) VALUES (?, ?, ?)", e.name(), e.zone(), e.id());
                }
                c.commit();
            } catch (SQLException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    Optional<Enterprise> enterprise(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, name, zone FROM effmon_enterprise WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Enterprise(rs.getString(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    /** Deletes an enterprise without nodes; false when it has nodes. */
    boolean deleteEnterprise(String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (count(c, "SELECT COUNT(*) FROM effmon_node WHERE enterprise = ?", id) > 0) {
                return false;
            }
            update(c, "DELETE FROM effmon_enterprise WHERE id = ?", id);
            return true;
        }
    }

    /** Writes a node (new or changed) and replaces its meters, in one transaction. */
    void saveNode(Node n) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int updated = update(c, "UPDATE effmon_node SET enterprise = ?, parent = ?, name = ?, node_level = ? WHERE id = ?",
                        n.enterprise(), n.parent(), n.name(), n.level().name(), n.id());
                if (updated == 0) {
                    update(c, "INSERT INTO effmon_node (enterprise, parent, name, node_level, id) VALUES (?, ?, ?, ?, ?)",
                            n.enterprise(), n.parent(), n.name(), n.level().name(), n.id());
                }
                update(c, "DELETE FROM effmon_node_meter WHERE node = ?", n.id());
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO effmon_node_meter (node, meter, meter_sign, ordinal) VALUES (?, ?, ?, ?)")) {
                    int position = 0;
                    for (MeterLink m : n.meters()) {
                        s.setString(1, n.id());
                        s.setString(2, m.meter());
                        s.setInt(3, m.sign());
                        s.setInt(4, position++);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                c.commit();
            } catch (SQLException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    Optional<Node> node(String id) throws SQLException {
        List<Node> found = nodes(NODE_COLUMNS + "WHERE id = ?", METER_COLUMNS + "WHERE n.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The nodes of an enterprise, each parent before its children, siblings by name. */
    List<Node> nodesOf(String enterprise) throws SQLException {
        List<Node> all = nodes(NODE_COLUMNS + "WHERE enterprise = ? ORDER BY name, id",
                METER_COLUMNS + "WHERE n.enterprise = ?", enterprise);
        Map<String, List<Node>> byParent = new LinkedHashMap<>();
        for (Node n : all) {
            byParent.computeIfAbsent(n.parent() == null ? "" : n.parent(), k -> new ArrayList<>()).add(n);
        }
        List<Node> ordered = new ArrayList<>(all.size());
        addSubtree("", byParent, ordered);
        return ordered;
    }

    private static void addSubtree(String parent, Map<String, List<Node>> byParent, List<Node> out) {
        for (Node n : byParent.getOrDefault(parent, List.of())) {
            out.add(n);
            addSubtree(n.id(), byParent, out);
        }
    }

    List<Node> children(String parent) throws SQLException {
        return nodes(NODE_COLUMNS + "WHERE parent = ? ORDER BY name, id", METER_COLUMNS + "WHERE n.parent = ?", parent);
    }

    /** Which children of a node have children of their own (one statement instead of one per child). */
    Set<String> childrenWithChildren(String parent) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT g.parent FROM effmon_node g JOIN effmon_node n ON n.id = g.parent WHERE n.parent = ?")) {
            s.setString(1, parent);
            Set<String> out = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** Deletes a node without children (its meters and production with it); false when it has children. */
    boolean deleteNode(String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (count(c, "SELECT COUNT(*) FROM effmon_node WHERE parent = ?", id) > 0) {
                return false;
            }
            c.setAutoCommit(false);
            try {
                update(c, "DELETE FROM effmon_production WHERE node = ?", id);
                update(c, "DELETE FROM effmon_node_meter WHERE node = ?", id);
                update(c, "DELETE FROM effmon_node WHERE id = ?", id);
                c.commit();
            } catch (SQLException ex) {
                c.rollback();
                throw ex;
            }
            return true;
        }
    }

    /**
     * @param meterSql the meter links (node, meter, sign) of the same nodes, in one statement rather than one per node
     */
    private List<Node> nodes(String sql, String meterSql, String arg) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, arg);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) });
                    }
                }
            }
            Map<String, List<MeterLink>> meters = new HashMap<>();
            if (!rows.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(meterSql + " ORDER BY m.node, m.ordinal")) {
                    s.setString(1, arg);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            meters.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                    .add(new MeterLink(rs.getString(2), rs.getInt(3)));
                        }
                    }
                }
            }
            List<Node> nodes = new ArrayList<>(rows.size());
            for (String[] r : rows) {
                nodes.add(new Node(r[0], r[1], r[2], r[3], Level.valueOf(r[4]), List.copyOf(meters.getOrDefault(r[0], List.of()))));
            }
            return nodes;
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }

    private static long count(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
