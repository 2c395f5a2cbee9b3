package io.openemp.vee.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Median;

import io.openemp.data.readings.api.Gap;
import io.openemp.data.readings.api.Point;
import io.openemp.vee.api.Finding;
import io.openemp.vee.api.RegisterRule;
import io.openemp.vee.api.RuleSet;
import io.openemp.vee.api.SpikeRule;
import io.openemp.vee.api.SumCheckRule;
import io.openemp.vee.api.VeeFlags;

/**
 * The validation rules over one meter's series of one reading type, in memory. The series is given with a
 * margin around {@code [from, to)} (neighbours of the spike rule, the whole of a zero run, the register reading
 * before the range); findings are reported for readings inside the range only. Pure: no store, no clock.
 */
final class Validator {

    /** The series of a register for the sum check, with the register rule that says how it wraps. */
    record RegisterSeries(List<Point> points, RegisterRule rule) {
    }

    private final RuleSet rules;
    private final Duration interval;
    private final Instant from;
    private final Instant to;

    Validator(RuleSet rules, int intervalSeconds, Instant from, Instant to) {
        this.rules = rules;
        this.interval = Duration.ofSeconds(intervalSeconds);
        this.from = from;
        this.to = to;
    }

    /**
     * @param points the series with its margin, oldest first
     * @param gaps the gaps of the range (interval types), or an empty list
     * @param register the register for the sum check, or null
     * @param now the current time, for the future rule
     */
    List<Finding> validate(List<Point> points, List<Gap> gaps, RegisterSeries register, Instant now) {
        List<Finding> findings = new ArrayList<>();
        if (rules.gap()) {
            for (Gap g : gaps) {
                findings.add(new Finding(VeeFlags.GAP, g.first(), g.last(), null, null,
                        g.missing() + " expected reading" + (g.missing() == 1 ? "" : "s") + " missing", false));
            }
        }
        if (rules.spike() != null) {
            spikes(points, rules.spike(), findings);
        }
        if (rules.negative()) {
            for (Point p : points) {
                if (inRange(p) && p.value().signum() < 0) {
                    findings.add(new Finding(VeeFlags.NEGATIVE, p.at(), null, p.value(), null, "negative value", false));
                }
            }
        }
        if (rules.zeroDays() != null) {
            zeroRuns(points, rules.zeroDays(), findings);
        }
        if (rules.register() != null) {
            register(points, rules.register(), findings);
        }
        if (rules.sumCheck() != null && register != null) {
            sums(points, rules.sumCheck(), register, findings);
        }
        if (rules.futureSeconds() != null) {
            Instant limit = now.plusSeconds(rules.futureSeconds());
            for (Point p : points) {
                if (inRange(p) && p.at().isAfter(limit)) {
                    findings.add(new Finding(VeeFlags.FUTURE, p.at(), null, p.value(), null,
                            "stamped after " + limit + " (now plus " + rules.futureSeconds() + " s)", false));
                }
            }
        }
        findings.sort(Comparator.comparing(Finding::at).thenComparing(f -> VeeFlags.RULES.indexOf(f.rule())));
        return findings;
    }

    private boolean inRange(Point p) {
        return !p.at().isBefore(from) && p.at().isBefore(to);
    }

    /** Neighbours by time, not by position: a gap next to a value leaves it fewer neighbours, not farther ones. */
    private void spikes(List<Point> points, SpikeRule rule, List<Finding> findings) {
        Duration reach = interval.multipliedBy(rule.window());
        double factor = rule.factor().doubleValue();
        Median median = new Median();
        int lo = 0;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            while (points.get(lo).at().isBefore(p.at().minus(reach))) {
                lo++;
            }
            if (!inRange(p) || p.value().compareTo(rule.floor()) <= 0) {
                continue;
            }
            Instant last = p.at().plus(reach);
            double[] around = new double[2 * rule.window()];
            int n = 0;
            for (int j = lo; j < points.size() && !points.get(j).at().isAfter(last) && n < around.length; j++) {
                if (j != i) {
                    around[n++] = points.get(j).value().doubleValue();
                }
            }
            if (n < rule.window()) {
                continue;
            }
            double m = median.evaluate(around, 0, n);
            if (p.value().doubleValue() > factor * m) {
                findings.add(new Finding(VeeFlags.SPIKE, p.at(), null, p.value(), BigDecimal.valueOf(m),
                        "above " + rule.factor().toPlainString() + " x the median of " + n + " neighbours", false));
            }
        }
    }

    /** A run is consecutive zero readings one interval apart; a missing reading ends it. */
    private void zeroRuns(List<Point> points, int days, List<Finding> findings) {
        Duration least = Duration.ofDays(days);
        int start = -1;
        for (int i = 0; i <= points.size(); i++) {
            boolean zero = i < points.size() && points.get(i).value().signum() == 0;
            if (start >= 0) {
                if (zero && points.get(i - 1).at().plus(interval).equals(points.get(i).at())) {
                    continue;
                }
                zeroRun(points, start, i, least, findings);
                start = -1;
            }
            if (zero) {
                start = i;
            }
        }
    }

    private void zeroRun(List<Point> points, int start, int end, Duration least, List<Finding> findings) {
        Instant first = points.get(start).at();
        Instant lastAt = points.get(end - 1).at();
        Duration length = Duration.between(first, lastAt).plus(interval);
        if (length.compareTo(least) < 0) {
            return;
        }
        for (int k = start; k < end; k++) {
            Point p = points.get(k);
            if (inRange(p)) {
                findings.add(new Finding(VeeFlags.ZERO_RUN, p.at(), null, p.value(), null,
                        "zero for " + length + " from " + first.minus(interval) + " to " + lastAt, false));
            }
        }
    }

    private void register(List<Point> points, RegisterRule rule, List<Finding> findings) {
        for (int i = 1; i < points.size(); i++) {
            Point prev = points.get(i - 1);
            Point cur = points.get(i);
            if (!inRange(cur) || cur.value().compareTo(prev.value()) >= 0) {
                continue;
            }
            BigDecimal wrapped = wrappedAdvance(prev.value(), cur.value(), rule);
            if (wrapped != null) {
                findings.add(new Finding(VeeFlags.ROLLOVER, cur.at(), null, cur.value(), prev.value(),
                        "wrapped at " + rule.modulus().toPlainString() + ", advance " + wrapped.toPlainString(), false));
            } else {
                findings.add(new Finding(VeeFlags.RESET, cur.at(), null, cur.value(), prev.value(),
                        "decreased from " + prev.value().toPlainString() + " without a rollover", false));
            }
        }
    }

    /** The advance of a register that went from {@code prev} down to {@code cur}, when that is a rollover; else null. */
    static BigDecimal wrappedAdvance(BigDecimal prev, BigDecimal cur, RegisterRule rule) {
        if (rule == null || rule.modulus() == null || cur.signum() < 0 || prev.compareTo(rule.modulus()) >= 0) {
            return null;
        }
        BigDecimal advance = rule.modulus().subtract(prev).add(cur);
        return advance.compareTo(rule.maxStep()) <= 0 ? advance : null;
    }

    private void sums(List<Point> points, SumCheckRule rule, RegisterSeries register, List<Finding> findings) {
        List<Point> reg = register.points();
        long step = interval.toMillis();
        int k = 0;
        for (int r = 1; r < reg.size(); r++) {
            Point r1 = reg.get(r - 1);
            Point r2 = reg.get(r);
            long span = Duration.between(r1.at(), r2.at()).toMillis();
            BigDecimal advance = r2.value().subtract(r1.value());
            if (advance.signum() < 0) {
                advance = wrappedAdvance(r1.value(), r2.value(), register.rule());
            }
            while (k < points.size() && !points.get(k).at().isAfter(r1.at())) {
                k++;
            }
            int end = k;
            BigDecimal sum = BigDecimal.ZERO;
            while (end < points.size() && !points.get(end).at().isAfter(r2.at())) {
                sum = sum.add(points.get(end).value());
                end++;
            }
            boolean complete = span % step == 0 && end - k == span / step;
            if (advance == null || !complete) {
                continue; // a reset, or a span with missing intervals: the register and gap rules report those
            }
            BigDecimal allowed = rule.tolerance().add(rule.relativeTolerance().multiply(advance.abs()));
            BigDecimal diff = sum.subtract(advance);
            if (diff.abs().compareTo(allowed) > 0) {
                for (int i = k; i < end; i++) {
                    Point p = points.get(i);
                    if (inRange(p)) {
                        findings.add(new Finding(VeeFlags.SUM_CHECK, p.at(), null, p.value(), advance,
                                "intervals " + r1.at() + ".." + r2.at() + " sum to " + sum.toPlainString()
                                        + ", the register advanced " + advance.toPlainString(), false));
                    }
                }
            }
        }
    }
}
