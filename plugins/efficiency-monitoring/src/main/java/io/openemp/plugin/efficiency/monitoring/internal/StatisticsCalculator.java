package io.openemp.plugin.efficiency.monitoring.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private void collect(Node node, List<MeterLink> out, int depth) throws SQLException, RpcException {
        if (depth > 0 && out.size() > settings.maxMeters()) {
            return;
        }
        if (!node.meters().isEmpty()) {
            out.addAll(node.meters());
        } else if (depth < 16) {
            for (Node child : hierarchy.children(node.id())) {
                collect(child, out, depth + 1);
            }
        }
        if (out.size() > settings.maxMeters()) {
            throw RpcException.invalidParams("node", "node '" + node.id() + "' reads more than " + settings.maxMeters()
                    + " meters (configuration maxMeters)");
        }
    }

    NodeReader.Curve curve(Node node, PeriodRange range) throws SQLException, RpcException {
        return reader.curve(meters(node), settings.activeEnergyType(), range.from(), range.to());
    }

    /** The node's energy over a range, from the store's sums; null when no meter has a reading in it. */
    BigDecimal total(Node node, PeriodRange range) throws SQLException, RpcException {
        return reader.total(meters(node), settings.activeEnergyType(), range.from(), range.to());
    }

    /**
     * @param parentKwh the parent's energy when the caller knows it already, else empty (then it is read)
     */
    NodeStatistics compute(Node node, PeriodRange range, TouSchedule schedule, Optional<BigDecimal> parentKwh)
            throws SQLException, RpcException {
        return compute(node, hierarchy.children(node.id()), range, schedule, parentKwh);
    }

    /** As above, with the node's children already read. */
    NodeStatistics compute(Node node, List<Node> children, PeriodRange range, TouSchedule schedule,
            Optional<BigDecimal> parentKwh) throws SQLException, RpcException {
        List<MeterLink> meters = meters(node);
        NodeReader.Curve curve = reader.curve(meters, settings.activeEnergyType(), range.from(), range.to());
        BigDecimal kwh = sum(curve);

        BigDecimal previous = reader.total(meters, settings.activeEnergyType(), range.previous().from(), range.previous().to());
        BigDecimal lastYear = reader.total(meters, settings.activeEnergyType(), range.yearEarlier().from(),
                range.yearEarlier().to());

        BigDecimal parent = null;
        if (node.parent() != null) {
            parent = parentKwh.isPresent() ? parentKwh.get()
                    : hierarchy.node(node.parent()).isPresent() ? total(hierarchy.node(node.parent()).get(), range) : null;
        }
        BigDecimal childrenKwh = null;
        for (Node child : children) {
            BigDecimal c = total(child, range);
            if (c != null) {
                childrenKwh = childrenKwh == null ? c : childrenKwh.add(c);
            }
        }
        if (!children.isEmpty() && childrenKwh == null && kwh != null) {
            childrenKwh = BigDecimal.ZERO;
        }
        BigDecimal unaccounted = kwh != null && childrenKwh != null ? kwh.subtract(childrenKwh) : null;

        Optional<ProductionStore.Total> output = production.total(node.id(), range.start(), range.end());
        BigDecimal produced = output.map(ProductionStore.Total::quantity).orElse(null);

        BigDecimal hours = BigDecimal.valueOf(curve.intervalSeconds()).divide(BigDecimal.valueOf(3600), java.math.MathContext.DECIMAL64);
        Map.Entry<Instant, BigDecimal> peak = null;
        for (Map.Entry<Instant, BigDecimal> e : curve.kwh().entrySet()) {
            if (peak == null || e.getValue().compareTo(peak.getValue()) > 0) {
                peak = e;
            }
        }
        BigDecimal maxKw = peak == null ? null : CostCalculator.maxDemandKw(curve);
        Instant maxAt = peak == null ? null : peak.getKey().minusSeconds(curve.intervalSeconds());
        BigDecimal averageKw = kwh == null ? null
                : Decimals.divide(kwh, hours.multiply(BigDecimal.valueOf(curve.kwh().size())), 3);
        BigDecimal loadFactor = maxKw == null || maxKw.signum() <= 0 ? null : Decimals.divide(averageKw, maxKw, 4);

        BigDecimal reactive = reactive(meters, range);
        List<BandEnergy> bands = schedule == null ? null : bands(curve, schedule, range, kwh);

        long expected = meters.size() * Duration.between(range.from(), range.to()).getSeconds() / curve.intervalSeconds();
        return new NodeStatistics(node.id(), node.name(), node.level(), kwh, previous, Decimals.changePercent(kwh, previous),
                lastYear, Decimals.changePercent(kwh, lastYear), parent, Decimals.percent(kwh, parent), childrenKwh,
                unaccounted, Decimals.percent(unaccounted, kwh), produced, output.map(ProductionStore.Total::unit).orElse(null),
                Decimals.divide(kwh, produced, 4), maxKw, maxAt, averageKw, loadFactor, reactive,
                Decimals.powerFactor(kwh, reactive), bands, curve.readings(), (int) Math.min(Integer.MAX_VALUE, expected));
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

    static BigDecimal sum(NodeReader.Curve curve) {
        BigDecimal sum = null;
        for (BigDecimal v : curve.kwh().values()) {
            sum = sum == null ? v : sum.add(v);
        }
        return sum;
    }

    /** Energy per band; an interval counts in the band in force at its start, local time. */
    static EnumMap<Band, BigDecimal> split(NodeReader.Curve curve, TouSchedule schedule, java.time.ZoneId zone) {
        EnumMap<Band, BigDecimal> out = new EnumMap<>(Band.class);
        for (Band b : Band.values()) {
            if (schedule.bands().contains(b)) {
                out.put(b, BigDecimal.ZERO);
            }
        }
        for (Map.Entry<Instant, BigDecimal> e : curve.kwh().entrySet()) {
            LocalDateTime start = LocalDateTime.ofInstant(e.getKey().minusSeconds(curve.intervalSeconds()), zone);
            out.merge(schedule.band(start), e.getValue(), BigDecimal::add);
        }
        return out;
    }

    private static List<BandEnergy> bands(NodeReader.Curve curve, TouSchedule schedule, PeriodRange range, BigDecimal total) {
        List<BandEnergy> out = new ArrayList<>();
        for (Map.Entry<Band, BigDecimal> e : split(curve, schedule, range.zone()).entrySet()) {
            out.add(new BandEnergy(e.getKey(), e.getValue(), Decimals.percent(e.getValue(), total)));
        }
        return out;
    }
}
