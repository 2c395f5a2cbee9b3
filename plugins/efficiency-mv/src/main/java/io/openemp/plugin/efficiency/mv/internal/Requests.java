package io.openemp.plugin.efficiency.mv.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.mv.api.Adjustment;
import io.openemp.plugin.efficiency.mv.api.Driver;
import io.openemp.plugin.efficiency.mv.api.Granularity;
import io.openemp.plugin.efficiency.mv.api.Observation;
import io.openemp.plugin.efficiency.mv.api.Period;
import io.openemp.plugin.efficiency.mv.api.TimeOfWeek;

/** Checks of the parameters beyond their JSON types; every failure names the offending field. */
final class Requests {

    static final int MAX_DRIVERS = 10;

    private Requests() {
    }

    static ZoneId zone(String zone) throws RpcException {
        if (zone == null || zone.isBlank()) {
            throw RpcException.invalidParams("zone", "required, e.g. \"Asia/Shanghai\"");
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw RpcException.invalidParams("zone", "unknown time zone '" + zone + "'");
        }
    }

    static Granularity granularity(Granularity g) throws RpcException {
        if (g == null) {
            throw RpcException.invalidParams("granularity", "required: PT1H or P1D");
        }
        return g;
    }

    static TimeOfWeek timeOfWeek(TimeOfWeek given, Granularity g) throws RpcException {
        TimeOfWeek t = given != null ? given : g == Granularity.PT1H ? TimeOfWeek.HOUR_OF_WEEK : TimeOfWeek.DAY_OF_WEEK;
        if (g == Granularity.P1D && (t == TimeOfWeek.HOUR_OF_WEEK || t == TimeOfWeek.HOUR_AND_DAYTYPE)) {
            throw RpcException.invalidParams("timeOfWeek", t + " needs hourly intervals; use DAY_OF_WEEK, DAYTYPE or NONE with P1D");
        }
        return t;
    }

    static Period period(String field, Period p) throws RpcException {
        if (p == null || p.from() == null || p.to() == null) {
            throw RpcException.invalidParams(field, "required: {from, to}");
        }
        if (!p.from().isBefore(p.to())) {
            throw RpcException.invalidParams(field, "from " + p.from() + " is not before to " + p.to());
        }
        if (p.from().isBefore(Instant.parse("1970-01-01T00:00:00Z")) || p.to().isAfter(Instant.parse("2100-01-01T00:00:00Z"))) {
            throw RpcException.invalidParams(field, "must lie within 1970..2100");
        }
        return p;
    }

    static void apart(Period baseline, Period reporting) throws RpcException {
        if (reporting.from().isBefore(baseline.to()) && baseline.from().isBefore(reporting.to())) {
            throw RpcException.invalidParams("reporting", "overlaps the baseline period");
        }
    }

    /** A series by interval start: ordered, unique, aligned to the intervals, finite. */
    static NavigableMap<Instant, Double> series(String field, List<Observation> values, Intervals intervals, int max)
            throws RpcException {
        if (values == null) {
            throw RpcException.invalidParams(field, "required");
        }
        if (values.size() > max) {
            throw RpcException.invalidParams(field, values.size() + " values; at most " + max + " per call");
        }
        NavigableMap<Instant, Double> out = new TreeMap<>();
        Instant previous = null;
        for (int i = 0; i < values.size(); i++) {
            Observation o = values.get(i);
            String at = field + "[" + i + "]";
            if (o == null || o.at() == null) {
                throw RpcException.invalidParams(at + ".at", "required");
            }
            if (previous != null && !o.at().isAfter(previous)) {
                throw RpcException.invalidParams(at + ".at", o.at() + " is not after the previous interval " + previous);
            }
            if (!intervals.isStart(o.at())) {
                throw RpcException.invalidParams(at + ".at", o.at() + " is not the start of a model interval (local hour or midnight)");
            }
            if (!Double.isFinite(o.value())) {
                throw RpcException.invalidParams(at + ".value", "must be a finite number");
            }
            out.put(o.at(), o.value());
            previous = o.at();
        }
        return out;
    }

    static List<String> driverNames(List<Driver> drivers) throws RpcException {
        List<String> names = new ArrayList<>();
        if (drivers == null) {
            return names;
        }
        if (drivers.size() > MAX_DRIVERS) {
            throw RpcException.invalidParams("drivers", drivers.size() + " drivers; at most " + MAX_DRIVERS);
        }
        Set<String> seen = new HashSet<>();
        for (int d = 0; d < drivers.size(); d++) {
            Driver driver = drivers.get(d);
            if (driver == null || driver.name() == null || driver.name().isBlank() || driver.name().length() > 100) {
                throw RpcException.invalidParams("drivers[" + d + "].name", "required, 1..100 characters");
            }
            if (!seen.add(driver.name())) {
                throw RpcException.invalidParams("drivers[" + d + "].name", "'" + driver.name() + "' is named twice");
            }
            names.add(driver.name());
        }
        return names;
    }

    static List<Adjustment> adjustments(List<Adjustment> adjustments, Period reporting) throws RpcException {
        if (adjustments == null) {
            return List.of();
        }
        if (adjustments.size() > 1000) {
            throw RpcException.invalidParams("adjustments", "at most 1000");
        }
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment a = adjustments.get(i);
            String at = "adjustments[" + i + "]";
            if (a == null) {
                throw RpcException.invalidParams(at, "null");
            }
            if (!Double.isFinite(a.kwh())) {
                throw RpcException.invalidParams(at + ".kwh", "must be a finite number");
            }
            period(at, new Period(a.from(), a.to()));
            if (a.from().isBefore(reporting.from()) || a.to().isAfter(reporting.to())) {
                throw RpcException.invalidParams(at, "its period must lie within the reporting period");
            }
            if (a.reason() == null || a.reason().isBlank()) {
                throw RpcException.invalidParams(at + ".reason", "a non-routine adjustment needs its reason");
            }
            if (a.by() == null || a.by().isBlank()) {
                throw RpcException.invalidParams(at + ".by", "a non-routine adjustment needs who made it");
            }
        }
        return adjustments;
    }
}
