package io.openemp.plugin.efficiency.monitoring.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.monitoring.api.Band;
import io.openemp.plugin.efficiency.monitoring.api.BandEnergy;
import io.openemp.plugin.efficiency.monitoring.api.MeterLink;
import io.openemp.plugin.efficiency.monitoring.api.Node;
import io.openemp.plugin.efficiency.monitoring.api.NodeStatistics;

/**
 * The statistics of nodes over local periods. A node's energy is the signed sum of its meters; a node without
 * meters of its own stands for the sum of its children (recursively), so a site that only groups workshops still
 * has a total, a curve and a demand.
 */
final class StatisticsCalculator {

    private final HierarchyStore hierarchy;
    private final ProductionStore production;
    private final NodeReader reader;
    private final Settings settings;

    StatisticsCalculator(HierarchyStore hierarchy, ProductionStore production, NodeReader reader, Settings settings) {
        this.hierarchy = hierarchy;
        this.production = production;
        this.reader = reader;
        this.settings = settings;
    }

    /** The meters whose signed sum is the node's energy. */
    List<MeterLink> meters(Node node) throws SQLException, RpcException {
        List<MeterLink> out = new ArrayList<>();
        collect(node, out, 0);
        return out;
    }

    /** As {@link #meters(Node)}, with the node's children already read. */
    List<MeterLink> meters(Node node, List<Node> children) throws SQLException, RpcException {
        List<MeterLink> out = new ArrayList<>();
        collect(node, children, out, 0);
        return out;
    }

    private void collect(Node node, List<MeterLink> out, int depth) throws SQLException, RpcException {
        if (depth > 0 && out.size() > settings.maxMeters()) {
            return;
        }
        collect(node, node.meters().isEmpty() && depth < 16 ? hierarchy.children(node.id()) : List.of(), out, depth);
    }

    private void collect(Node node, List<Node> children, List<MeterLink> out, int depth) throws SQLException, RpcException {
        if (!node.meters().isEmpty()) {
            out.addAll(node.meters());
        } else if (depth < 16) {
            for (Node child : children) {
                collect(child, out, depth + 1);
            }
        }
        if (out.size() > settings.maxMeters()) {
            throw RpcException.invalidParams("node", "node '" + node.id() + "' reads more than " + settings.maxMeters()
                    + " meters (configuration maxMeters)");
        }
    }

    Curve curve(Node node, PeriodRange range) throws SQLException, RpcException {
        return reader.curve(meters(node), settings.activeEnergyType(), range.from(), range.to());
    }

    /** The node's energy over a range, from the store's sums; null when no meter has a reading in it. */
    BigDecimal total(Node node, PeriodRange range) throws SQLException, RpcException {
        return reader.total(meters(node), settings.activeEnergyType(), range.from(), range.to());
    }

    /** What the store gives for a set of meters over a period: the curve and the comparison totals. */
    record Measured(List<MeterLink> meters, Curve curve, BigDecimal previous, BigDecimal lastYear, BigDecimal reactive) {
    }

    /**
     * The rows of a node and of each of its children. The children are measured first (on the reader pool); a node
     * without meters of its own is then their sum (curve, totals, readings) instead of a second read of the same
     * meters, its children's energy is their consumption, and each child's share is of the node's consumption.
     */
    List<NodeStatistics> report(Node node, List<Node> children, PeriodRange range, TouSchedule schedule)
            throws SQLException, RpcException {
        List<MeterLink> meters = meters(node, children);
        List<List<MeterLink>> childMeters = new ArrayList<>(children.size());
        int summed = 0;
        for (Node child : children) {
            List<MeterLink> m = meters(child);
            childMeters.add(m);
            summed += m.size();
        }
        // The children's meters make up the node's exactly when it has none of its own (NodeRules bounds the depth).
        boolean fromChildren = node.meters().isEmpty() && !children.isEmpty() && summed == meters.size();
        Curve sum = fromChildren ? new Curve(reader.interval(settings.activeEnergyType()), range.from(), range.to()) : null;
        Band[][] bands = { null };
        List<Summarized> parts = reader.each(childMeters, m -> {
            Summarized s = summarize(measure(m, range), schedule, range, bands);
            if (sum != null) {
                synchronized (sum) {
                    sum.addAll(s.measured().curve());
                }
            }
            // Only the figures are kept: a child's curve is dropped once summed, so memory holds the curves being
            // read (readerThreads) and the node's, not one per child.
            return s.withoutCurve();
        });
        Measured own = fromChildren ? sum(meters, sum, parts) : measure(meters, range);
        BigDecimal childrenKwh = null;
        for (Summarized p : parts) {
            if (p.summary().total() != null) {
                childrenKwh = childrenKwh == null ? p.summary().total() : childrenKwh.add(p.summary().total());
            }
        }
        BigDecimal parent = null;
        if (node.parent() != null) {
            parent = hierarchy.node(node.parent()).isPresent() ? total(hierarchy.node(node.parent()).get(), range) : null;
        }
        List<String> ids = new ArrayList<>(children.size() + 1);
        ids.add(node.id());
        children.forEach(child -> ids.add(child.id()));
        Map<String, ProductionStore.Total> output = production.totals(ids, range.start(), range.end());
        Set<String> withChildren = children.isEmpty() ? Set.of() : hierarchy.childrenWithChildren(node.id());

        List<NodeStatistics> rows = new ArrayList<>(children.size() + 1);
        NodeStatistics first = row(node, !children.isEmpty(), childrenKwh, summarize(own, schedule, range, bands), range,
                parent, output.get(node.id()));
        rows.add(first);
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            List<Node> grandchildren = withChildren.contains(child.id()) ? hierarchy.children(child.id()) : List.of();
            BigDecimal grand = null;
            for (Node g : grandchildren) {
                BigDecimal c = total(g, range);
                if (c != null) {
                    grand = grand == null ? c : grand.add(c);
                }
            }
            rows.add(row(child, !grandchildren.isEmpty(), grand, parts.get(i), range, first.consumptionKwh(),
                    output.get(child.id())));
        }
        return rows;
    }

    Measured measure(List<MeterLink> meters, PeriodRange range) throws RpcException {
        Curve curve = reader.curve(meters, settings.activeEnergyType(), range.from(), range.to());
        BigDecimal previous = reader.total(meters, settings.activeEnergyType(), range.previous().from(), range.previous().to());
        BigDecimal lastYear = reader.total(meters, settings.activeEnergyType(), range.yearEarlier().from(),
                range.yearEarlier().to());
        return new Measured(meters, curve, previous, lastYear, reactive(meters, range));
    }

    /** A node that is the sum of its children: the same figures as reading the children's meters again. */
    private static Measured sum(List<MeterLink> meters, Curve curve, List<Summarized> parts) {
        BigDecimal previous = null;
        BigDecimal lastYear = null;
        BigDecimal reactive = null;
        boolean reactiveMissing = false;
        for (Summarized p : parts) {
            Measured m = p.measured();
            previous = add(previous, m.previous());
            lastYear = add(lastYear, m.lastYear());
            if (!m.meters().isEmpty()) {
                // As reading every meter with everyMeter: null as soon as one meter has no reactive reading.
                reactiveMissing |= m.reactive() == null;
                reactive = add(reactive, m.reactive());
            }
        }
        return new Measured(meters, curve, previous, lastYear, reactiveMissing ? null : reactive);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** A measured node with its curve's summary, the curve's interval and how many readings it merged. */
    record Summarized(Measured measured, Curve.Summary summary, int intervalSeconds, int readings) {

        Summarized withoutCurve() {
            Measured m = measured;
            return new Summarized(new Measured(m.meters(), null, m.previous(), m.lastYear(), m.reactive()), summary,
                    intervalSeconds, readings);
        }
    }

    /** @param bands holder of the slot bands, computed by the first caller and shared (same grid for all nodes) */
    private static Summarized summarize(Measured m, TouSchedule schedule, PeriodRange range, Band[][] bands) {
        Band[] slotBands = null;
        if (schedule != null) {
            synchronized (bands) {
                if (!m.curve().fits(bands[0])) {
                    bands[0] = m.curve().slotBands(schedule, range.zone());
                }
                slotBands = bands[0];
            }
        }
        return new Summarized(m, m.curve().summary(schedule, range.zone(), slotBands), m.curve().intervalSeconds(),
                m.curve().readings());
    }

    private NodeStatistics row(Node node, boolean hasChildren, BigDecimal childrenKwh, Summarized s, PeriodRange range,
            BigDecimal parent, ProductionStore.Total output) {
        Measured m = s.measured();
        int interval = s.intervalSeconds();
        Curve.Summary sum = s.summary();
        BigDecimal kwh = sum.total();
        if (hasChildren && childrenKwh == null && kwh != null) {
            childrenKwh = BigDecimal.ZERO;
        }
        BigDecimal unaccounted = kwh != null && childrenKwh != null ? kwh.subtract(childrenKwh) : null;

        BigDecimal produced = output == null ? null : output.quantity();

        BigDecimal hours = BigDecimal.valueOf(interval).divide(BigDecimal.valueOf(3600), java.math.MathContext.DECIMAL64);
        BigDecimal maxKw = sum.peak() == null ? null : CostCalculator.kw(sum.peak(), interval);
        Instant maxAt = sum.peak() == null ? null : sum.peakEnd().minusSeconds(interval);
        BigDecimal averageKw = kwh == null ? null
                : Decimals.divide(kwh, hours.multiply(BigDecimal.valueOf(sum.intervals())), 3);
        BigDecimal loadFactor = maxKw == null || maxKw.signum() <= 0 ? null : Decimals.divide(averageKw, maxKw, 4);

        List<BandEnergy> bands = null;
        if (sum.bands() != null) {
            bands = new ArrayList<>();
            for (Map.Entry<Band, BigDecimal> e : sum.bands().entrySet()) {
                bands.add(new BandEnergy(e.getKey(), e.getValue(), Decimals.percent(e.getValue(), kwh)));
            }
        }
        BigDecimal reactive = m.reactive();
        long expected = m.meters().size() * Duration.between(range.from(), range.to()).getSeconds() / interval;
        return new NodeStatistics(node.id(), node.name(), node.level(), kwh, m.previous(),
                Decimals.changePercent(kwh, m.previous()), m.lastYear(), Decimals.changePercent(kwh, m.lastYear()), parent,
                Decimals.percent(kwh, parent), childrenKwh, unaccounted, Decimals.percent(unaccounted, kwh), produced,
                output == null ? null : output.unit(), Decimals.divide(kwh, produced, 4), maxKw, maxAt,
                averageKw, loadFactor, reactive, Decimals.powerFactor(kwh, reactive), bands, s.readings(),
                (int) Math.min(Integer.MAX_VALUE, expected));
    }

    /** The node's reactive energy; null when the reactive type is unknown to the directory or a meter has no reading. */
    BigDecimal reactive(List<MeterLink> meters, PeriodRange range) throws RpcException {
        try {
            reader.interval(settings.reactiveEnergyType());
        } catch (RpcException notConfigured) {
            return null;
        }
        return reader.total(meters, settings.reactiveEnergyType(), range.from(), range.to(), true);
    }
}
