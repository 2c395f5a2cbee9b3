package io.openemp.plugin.efficiency.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.openemp.plugin.efficiency.grid.api.Feeder;
import io.openemp.plugin.efficiency.grid.api.FeederInfo;
import io.openemp.plugin.efficiency.grid.api.FeederMember;

/**
 * Feeders and who they supply, in {@code effgrid_feeder} and {@code effgrid_feeder_member}: the metering master
 * data has no feeder attribute. A member row with usage point '' stands for the whole customer.
 */
final class FeederStore {

    private final DataSource dataSource;

    FeederStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void save(Feeder f) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement u = c.prepareStatement("update effgrid_feeder set name = ?, station = ? where id = ?")) {
                u.setString(1, f.name());
                u.setString(2, f.station());
                u.setString(3, f.id());
                if (u.executeUpdate() == 0) {
                    try (PreparedStatement i = c.prepareStatement("insert into effgrid_feeder (id, name, station) values (?, ?, ?)")) {
                        i.setString(1, f.id());
                        i.setString(2, f.name());
                        i.setString(3, f.station());
                        i.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    Optional<Feeder> get(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id, name, station from effgrid_feeder where id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Feeder(rs.getString(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    /** Puts {@code members} on {@code feeder} in one transaction; a member on another feeder moves. */
    void assign(String feeder, List<FeederMember> members) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement d = c.prepareStatement("delete from effgrid_feeder_member where customer = ? and usage_point = ?");
                    PreparedStatement i = c.prepareStatement(
                            "insert into effgrid_feeder_member (customer, usage_point, feeder) values (?, ?, ?)")) {
                for (FeederMember m : members) {
                    String up = m.usagePoint() == null ? "" : m.usagePoint();
                    d.setString(1, m.customer());
                    d.setString(2, up);
                    d.executeUpdate();
                    i.setString(1, m.customer());
                    i.setString(2, up);
                    i.setString(3, feeder);
                    i.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Every feeder (or only {@code station}'s) with its members. */
    List<FeederInfo> list(String station) throws SQLException {
        Map<String, Feeder> feeders = new LinkedHashMap<>();
        Map<String, List<FeederMember>> members = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select id, name, station from effgrid_feeder"
                    + (station == null ? "" : " where station = ?") + " order by id")) {
                if (station != null) {
                    s.setString(1, station);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        feeders.put(rs.getString(1), new Feeder(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select feeder, customer, usage_point from effgrid_feeder_member order by customer, usage_point");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (feeders.containsKey(rs.getString(1))) {
                        members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(member(rs.getString(2), rs.getString(3)));
                    }
                }
            }
        }
        List<FeederInfo> out = new ArrayList<>();
        for (Feeder f : feeders.values()) {
            out.add(new FeederInfo(f, List.copyOf(members.getOrDefault(f.id(), List.of()))));
        }
        return out;
    }

    /** All members of {@code feeder}. */
    List<FeederMember> members(String feeder) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select customer, usage_point from effgrid_feeder_member"
                        + " where feeder = ? order by customer, usage_point")) {
            s.setString(1, feeder);
            List<FeederMember> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(member(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        }
    }

    /** The whole assignment table: "customer|usagePoint" (usage point '' for the whole customer) to feeder. */
    Map<String, String> assignments() throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select customer, usage_point, feeder from effgrid_feeder_member");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.put(key(rs.getString(1), rs.getString(2)), rs.getString(3));
            }
        }
        return out;
    }

    static String key(String customer, String usagePoint) {
        return customer + "|" + (usagePoint == null ? "" : usagePoint);
    }

    private static FeederMember member(String customer, String usagePoint) {
        return new FeederMember(customer, usagePoint.isEmpty() ? null : usagePoint);
    }
}
