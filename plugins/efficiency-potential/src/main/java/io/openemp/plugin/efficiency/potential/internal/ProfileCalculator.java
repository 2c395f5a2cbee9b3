package io.openemp.plugin.efficiency.potential.internal;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * Accumulates hourly loads (kW, or kWh per hour) with their local time into the figures the checks and the tree
 * use. Working hours: Monday to Friday 08:00-18:00; base hours: 00:00-06:00 on weekdays and all weekend; peak hours:
 * 08:00-11:00 and 18:00-21:00 every day. The starter set is made with the same definitions.
 */
final class ProfileCalculator {

    private int hours;
    private double sumP;
    private double sumQ;
    private double max;
    private double peak;
    private double working;
    private int workingHours;
    private double base;
    private int baseHours;

    /** One hour: its local start, active load (kW) and reactive load (kvar, its magnitude counts). */
    void add(LocalDateTime start, double p, double q) {
        int hour = start.getHour();
        boolean weekend = start.getDayOfWeek() == DayOfWeek.SATURDAY || start.getDayOfWeek() == DayOfWeek.SUNDAY;
        hours++;
        sumP += p;
        sumQ += Math.abs(q);
        max = Math.max(max, p);
        if ((hour >= 8 && hour < 11) || (hour >= 18 && hour < 21)) {
            peak += p;
        }
        if (!weekend && hour >= 8 && hour < 18) {
            working += p;
            workingHours++;
        } else if (weekend || hour < 6) {
            base += p;
            baseHours++;
        }
    }

    int hours() {
        return hours;
    }

    double energy() {
        return sumP;
    }

    double reactive() {
        return sumQ;
    }

    double mean() {
        return sumP / hours;
    }

    double max() {
        return max;
    }

    double peakEnergy() {
        return peak;
    }

    double workingMean() {
        return working / workingHours;
    }

    double baseMean() {
        return base / baseHours;
    }

    boolean hasWorkingAndBaseHours() {
        return workingHours > 0 && baseHours > 0;
    }

    double loadFactor() {
        return mean() / max;
    }

    /** The energy-weighted power factor, as billing computes it: ΣP / √((ΣP)² + (ΣQ)²). */
    double powerFactor() {
        return sumP / Math.hypot(sumP, sumQ);
    }

    double baseLoadShare() {
        return Math.min(5, baseMean() / workingMean());
    }

    double peakShare() {
        return peak / sumP;
    }
}
