package io.openemp.plugin.efficiency.grid.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.openemp.data.metering.api.Customer;
import io.openemp.data.metering.api.OrgUnit;
import io.openemp.plugin.efficiency.grid.api.Contribution;
import io.openemp.plugin.efficiency.grid.api.ContributionBy;
import io.openemp.plugin.efficiency.grid.api.Contributions;
import io.openemp.plugin.efficiency.grid.api.Feeder;
import io.openemp.plugin.efficiency.grid.api.FeederMember;
import io.openemp.plugin.efficiency.grid.api.FeederReport;
import io.openemp.plugin.efficiency.grid.api.Rollup;
import io.openemp.plugin.efficiency.grid.api.SavingsRecord;
import io.openemp.plugin.efficiency.grid.api.StoredSavings;
import io.openemp.plugin.efficiency.grid.api.Target;
import io.openemp.plugin.efficiency.grid.api.TargetScope;
import io.openemp.plugin.efficiency.grid.api.UnitRollup;

/** The roll-ups: savings records of a period summed up an organisation subtree, per feeder, per program or customer. */
final class Evaluator {

    /** Most records one evaluation reads. */
    static final int MAX_RECORDS = 1_000_000;

    private final SavingsStore savings;
    private final FeederStore feeders;
    private final TargetStore targets;

    Evaluator(SavingsStore savings, FeederStore feeders, TargetStore targets) {
        this.savings = savings;
        this.feeders = feeders;
        this.targets = targets;
    }

    /** The records overlapping {@code period} that {@code keep} accepts, split into those inside it and the rest. */
    private Selection select(PeriodRange period, Predicate<SavingsRecord> keep) throws SQLException {
        Selection s = new Selection();
        for (StoredSavings st : savings.overlappingPeriod(period.from(), period.to(), null, null, MAX_RECORDS)) {
            SavingsRecord r = st.record();
            if (keep.test(r)) {
                if (period.contains(r.from(), r.to())) {
                    s.inside.add(r);
                } else {
                    s.straddling++;
                }
            }
        }
        return s;
    }

    private static final class Selection {
        final List<SavingsRecord> inside = new ArrayList<>();
        int straddling;
    }

    Rollup rollup(OrgTree tree, PeriodRange period, Integer depth) throws SQLException {
        Selection sel = select(period, r -> tree.customer(r.customer()) != null);
        Map<String, Tally> tallies = new HashMap<>();
        for (SavingsRecord r : sel.inside) {
            for (String unit : tree.upwards(tree.customer(r.customer()).orgUnit())) {
                tallies.computeIfAbsent(unit, k -> new Tally()).add(r);
            }
        }
        Map<String, Integer> customers = new HashMap<>();
        for (Customer c : tree.customers()) {
            for (String unit : tree.upwards(c.orgUnit())) {
                customers.merge(unit, 1, Integer::sum);
            }
        }
        Map<String, Target> unitTargets = new HashMap<>();
        for (Target t : targets.list(TargetScope.UNIT, null, period.label())) {
            unitTargets.put(t.id(), t);
        }
        List<UnitRollup> rows = new ArrayList<>();
        walk(tree, tree.root(), null, 0, depth == null ? Integer.MAX_VALUE : depth, tallies, customers, unitTargets, rows);
        return new Rollup(tree.root().mrid(), period.label(), period.from(), period.to(), sel.straddling, rows);
    }

    private static void walk(OrgTree tree, OrgUnit unit, String parent, int level, int depth, Map<String, Tally> tallies,
            Map<String, Integer> customers, Map<String, Target> unitTargets, List<UnitRollup> rows) {
        Tally t = tallies.getOrDefault(unit.mrid(), new Tally());
        Target target = unitTargets.get(unit.mrid());
        BigDecimal targetKwh = target == null ? null : target.energyKwh();
        BigDecimal targetPeak = target == null ? null : target.peakKw();
        rows.add(new UnitRollup(unit.mrid(), unit.name(), unit.kind(), parent, level, customers.getOrDefault(unit.mrid(), 0),
                t.customers(), t.records(), t.kwh(), t.uncertaintyKwh(), t.peakKw(), targetKwh,
                Tally.percent(t.kwh(), targetKwh), targetPeak, Tally.percent(t.peakKw(), targetPeak)));
        if (level < depth) {
            for (OrgUnit child : tree.children(unit.mrid())) {
                walk(tree, child, unit.mrid(), level + 1, depth, tallies, customers, unitTargets, rows);
            }
        }
    }

    /** Whether {@code r} is on {@code feeder}: its usage point's assignment first, else its customer's. */
    private static boolean onFeeder(SavingsRecord r, String feeder, Map<String, String> assignments) {
        String f = r.usagePoint() == null ? null : assignments.get(FeederStore.key(r.customer(), r.usagePoint()));
        if (f == null) {
            f = assignments.get(FeederStore.key(r.customer(), null));
        }
        return feeder.equals(f);
    }

    FeederReport feeder(Feeder feeder, PeriodRange period, BigDecimal coincidenceFactor) throws SQLException {
        Map<String, String> assignments = feeders.assignments();
        Selection sel = select(period, r -> onFeeder(r, feeder.id(), assignments));
        Tally t = new Tally();
        sel.inside.forEach(t::add);
        Set<String> members = new HashSet<>();
        for (FeederMember m : feeders.members(feeder.id())) {
            members.add(m.customer());
        }
        Target target = targets.get(TargetScope.FEEDER, feeder.id(), period.label()).orElse(null);
        BigDecimal targetKwh = target == null ? null : target.energyKwh();
        BigDecimal targetPeak = target == null ? null : target.peakKw();
        BigDecimal coincident = t.peakKw().multiply(coincidenceFactor).setScale(3, RoundingMode.HALF_UP);
        return new FeederReport(feeder, period.label(), period.from(), period.to(), members.size(), t.customers(),
                t.records(), sel.straddling, t.kwh(), t.uncertaintyKwh(), t.peakKw(), coincidenceFactor, coincident,
                targetKwh, Tally.percent(t.kwh(), targetKwh), targetPeak, Tally.percent(coincident, targetPeak),
                group(sel.inside, ContributionBy.PROGRAM, t.kwh(), null));
    }

    Contributions contributions(OrgTree tree, PeriodRange period, ContributionBy by, int top) throws SQLException {
        Selection sel = select(period, r -> tree.customer(r.customer()) != null);
        return contributions(TargetScope.UNIT, tree.root().mrid(), sel.inside, period, by, top,
                c -> tree.customer(c) == null ? null : tree.customer(c).name());
    }

    Contributions contributions(Feeder feeder, PeriodRange period, ContributionBy by, int top,
            java.util.function.Function<String, String> names) throws SQLException {
        Map<String, String> assignments = feeders.assignments();
        Selection sel = select(period, r -> onFeeder(r, feeder.id(), assignments));
        return contributions(TargetScope.FEEDER, feeder.id(), sel.inside, period, by, top, names);
    }

    private static Contributions contributions(TargetScope scope, String id, List<SavingsRecord> records, PeriodRange period,
            ContributionBy by, int top, java.util.function.Function<String, String> names) {
        Tally all = new Tally();
        records.forEach(all::add);
        List<Contribution> items = group(records, by, all.kwh(), names);
        List<Contribution> head = items.subList(0, Math.min(top, items.size()));
        BigDecimal others = BigDecimal.ZERO.setScale(3);
        for (Contribution c : items.subList(head.size(), items.size())) {
            others = others.add(c.achievedKwh());
        }
        return new Contributions(scope, id, period.label(), period.from(), period.to(), by, all.kwh(), List.copyOf(head),
                items.size() - head.size(), others);
    }

    private static List<Contribution> group(List<SavingsRecord> records, ContributionBy by, BigDecimal total,
            java.util.function.Function<String, String> names) {
        Map<String, Tally> groups = new LinkedHashMap<>();
        for (SavingsRecord r : records) {
            groups.computeIfAbsent(by == ContributionBy.PROGRAM ? r.program() : r.customer(), k -> new Tally()).add(r);
        }
        List<Contribution> out = new ArrayList<>();
        groups.forEach((key, t) -> out.add(new Contribution(key,
                by == ContributionBy.CUSTOMER && names != null ? names.apply(key) : null, t.records(), t.kwh(),
                Tally.percent(t.kwh(), total), t.uncertaintyKwh(), t.peakKw())));
        out.sort(Comparator.comparing(Contribution::achievedKwh).reversed().thenComparing(Contribution::key));
        return out;
    }
}
