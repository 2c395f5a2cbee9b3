package io.openemp.plugin.efficiency.grid.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.grid.api.Feeder;
import io.openemp.plugin.efficiency.grid.api.FeederMember;
import io.openemp.plugin.efficiency.grid.api.Rollup;
import io.openemp.plugin.efficiency.grid.api.SavingsRecord;
import io.openemp.plugin.efficiency.grid.api.SourceKind;
import io.openemp.plugin.efficiency.grid.api.Target;
import io.openemp.plugin.efficiency.grid.api.TargetScope;
import io.openemp.plugin.efficiency.grid.api.UnitRollup;

/**
 * The same schema and SQL on PostgreSQL 15 (the private test cluster of scripts/test-postgres), as production runs
 * it: migrations, the overlap check, the upserts of targets and feeder members, and a small hand-worked roll-up.
 */
public class PostgresTest {

    private static final Caller MANAGER = Caller.of("mia", Set.of(Roles.MANAGER), "test");

    @Test
    public void storesAndRollsUpOnPostgres() throws Exception {
        Fixture f = new Fixture("postgres");
        try {
            GridComponent c = f.component;
            c.savingsRecord(new SavingsRecord("p1", "L13-671", null, "P1", "m", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 31), new BigDecimal("300"), new BigDecimal("3"), new BigDecimal("1"),
                    SourceKind.MV_RESULT, "mv", null), MANAGER);
            c.savingsRecord(new SavingsRecord("p2", "NS2-C1", "UP-A", "P1", "m", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 31), new BigDecimal("100"), new BigDecimal("4"), new BigDecimal("2"),
                    SourceKind.MANUAL, null, "survey"), MANAGER);
            try {
                c.savingsRecord(new SavingsRecord("p3", "NS2-C1", "UP-A", "P1", "m", LocalDate.of(2026, 1, 15),
                        LocalDate.of(2026, 2, 15), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, SourceKind.MANUAL, null,
                        "again"), MANAGER);
                throw new AssertionError("an overlapping record was accepted");
            } catch (RpcException e) {
                assertEquals(-32602, e.code());
            }
            c.targetsSet(List.of(new Target(TargetScope.UNIT, "SZ-NS", "2026-01", new BigDecimal("1000"), null)));
            c.targetsSet(List.of(new Target(TargetScope.UNIT, "SZ-NS", "2026-01", new BigDecimal("800"), null)));
            c.feedersSet(new Feeder("F1", "one", "SZ-NS-1"));
            c.feedersSet(new Feeder("F1", "one renamed", "SZ-NS-1"));
            c.feedersAssign("F1", List.of(new FeederMember("L13-671", null)));
            c.feedersAssign("F1", List.of(new FeederMember("L13-671", null)));
            assertEquals("one renamed", c.feedersList(null).get(0).feeder().name());
            assertEquals(1, c.feedersList("SZ-NS-1").get(0).members().size());

            Rollup r = c.rollup("SZ-NS", "2026-01", null);
            UnitRollup ns = r.rows().get(0);
            assertEquals(new BigDecimal("400.000"), ns.achievedKwh());
            assertEquals(new BigDecimal("5.000"), ns.uncertaintyKwh()); // sqrt(9 + 16)
            assertEquals(new BigDecimal("50.00"), ns.completionPercent()); // 400 / 800, the second target
            assertNull(r.rows().get(1).completionPercent());
            assertEquals(new BigDecimal("300.000"), c.feederReport("F1", "2026-Q1", null).achievedKwh());
            assertEquals(2, c.savingsList("2026", null, null, null, null).size());
        } finally {
            f.close();
        }
    }
}
