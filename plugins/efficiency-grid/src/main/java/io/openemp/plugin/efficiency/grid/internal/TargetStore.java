package io.openemp.plugin.efficiency.grid.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.openemp.plugin.efficiency.grid.api.Target;
import io.openemp.plugin.efficiency.grid.api.TargetScope;

/** Targets in {@code effgrid_target}, one row per scope, id and period label. */
final class TargetStore {

    private final DataSource dataSource;

    TargetStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates or replaces the targets of {@code t}'s scope, id and period, all in one transaction. */
    void set(List<Target> targets) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement u = c.prepareStatement(
                    "update effgrid_target set energy_kwh = ?, peak_kw = ? where scope = ? and scope_id = ? and period = ?");
                    PreparedStatement i = c.prepareStatement(
                            "insert into effgrid_target (energy_kwh, peak_kw, scope, scope_id, period) values (?, ?, ?, ?, ?)")) {
                for (Target t : targets) {
                    if (bind(u, t).executeUpdate() == 0) {
                        bind(i, t).executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static PreparedStatement bind(PreparedStatement s, Target t) throws SQLException {
        s.setBigDecimal(1, t.energyKwh());
        s.setBigDecimal(2, t.peakKw());
        s.setString(3, t.scope().name());
        s.setString(4, t.id());
        s.setString(5, t.period());
        return s;
    }

    Optional<Target> get(TargetScope scope, String id, String period) throws SQLException {
        List<Target> found = list(scope, id, period);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Targets matching every argument that is not null, ordered by scope, id and period. */
    List<Target> list(TargetScope scope, String id, String period) throws SQLException {
        StringBuilder sql = new StringBuilder("select scope, scope_id, period, energy_kwh, peak_kw from effgrid_target where 1 = 1");
        List<String> args = new ArrayList<>();
        if (scope != null) {
            sql.append(" and scope = ?");
            args.add(scope.name());
        }
        if (id != null) {
            sql.append(" and scope_id = ?");
            args.add(id);
        }
        if (period != null) {
            sql.append(" and period = ?");
            args.add(period);
        }
        sql.append(" order by scope, scope_id, period");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                s.setString(i + 1, args.get(i));
            }
            List<Target> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Target(TargetScope.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                            scaled(rs.getBigDecimal(4)), scaled(rs.getBigDecimal(5))));
                }
            }
            return out;
        }
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(3);
    }
}
