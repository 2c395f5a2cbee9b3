package io.openemp.plugin.efficiency.mv.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import io.openemp.data.readings.api.ReadingStore;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugin.efficiency.mv.api.Adjustment;
import io.openemp.plugin.efficiency.mv.api.BaselineFit;
import io.openemp.plugin.efficiency.mv.api.Driver;
import io.openemp.plugin.efficiency.mv.api.Granularity;
import io.openemp.plugin.efficiency.mv.api.MvErrors;
import io.openemp.plugin.efficiency.mv.api.Observation;
import io.openemp.plugin.efficiency.mv.api.Period;
import io.openemp.plugin.efficiency.mv.api.Savings;
import io.openemp.plugin.efficiency.mv.api.Source;
import io.openemp.plugin.efficiency.mv.api.TimeOfWeek;

/** The {@code efficiency-mv} RPC component: IPMVP Option C baselines and avoided energy. */
@Component(service = RpcComponent.class, configurationPid = MvComponent.PID)
@Designate(ocd = MvConfig.class)
public class MvComponent implements RpcComponent {

    public static final String PID = "io.openemp.plugin.efficiency-mv";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ReadingStore store;

    private volatile int maxIntervals = 100_000;

    public MvComponent() {
    }

    /** For tests and callers outside DS. */
    public MvComponent(ReadingStore store) {
        this.store = store;
    }

    @Activate
    @Modified
    void configure(MvConfig config) {
        if (config.maxIntervals() < 100 || config.maxIntervals() > 1_000_000) {
            throw new IllegalArgumentException("maxIntervals must lie in 100..1000000, not " + config.maxIntervals());
        }
        maxIntervals = config.maxIntervals();
    }

    @Override
    public String id() {
        return "efficiency-mv";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Measured savings (IPMVP Option C): regression baseline, ASHRAE Guideline 14 checks, avoided energy and its uncertainty";
    }

    @RpcMethod(name = "baseline", roles = Roles.VIEWER,
            description = "Fits the baseline model on the baseline period and reports its ASHRAE Guideline 14 checks")
    public BaselineFit baseline(
            @Param(value = "granularity", description = "Model interval: PT1H or P1D (local days)") Granularity granularity,
            @Param(value = "zone", description = "IANA time zone of the time-of-week and of the days, e.g. Asia/Shanghai") String zone,
            @Param(value = "baseline", description = "Baseline period {from, to}") Period baseline,
            @Param(value = "consumption", required = false, description = "kWh per interval [{at: interval start, value}]; or give source") List<Observation> consumption,
            @Param(value = "source", required = false, description = "Read the consumption from the ReadingStore instead: {meter, readingType}") Source source,
            @Param(value = "drivers", required = false, description = "Independent variables [{name, values: [{at, value}]}], at the consumption's interval starts") List<Driver> drivers,
            @Param(value = "timeOfWeek", required = false, description = "HOUR_OF_WEEK (hourly default), HOUR_AND_DAYTYPE, DAY_OF_WEEK (daily default), DAYTYPE or NONE") TimeOfWeek timeOfWeek)
            throws RpcException {
        Inputs in = inputs(granularity, zone, baseline, null, consumption, source, drivers, timeOfWeek);
        return fit(in).fit();
    }

    @RpcMethod(name = "savings", roles = Roles.VIEWER,
            description = "Avoided energy over the reporting period (adjusted baseline - actual) with its 90 % uncertainty; refused when the baseline fails Guideline 14 unless forced")
    public Savings savings(
            @Param(value = "granularity", description = "Model interval: PT1H or P1D (local days)") Granularity granularity,
            @Param(value = "zone", description = "IANA time zone of the time-of-week and of the days") String zone,
            @Param(value = "baseline", description = "Baseline period {from, to}") Period baseline,
            @Param(value = "reporting", description = "Reporting period {from, to}, after or before the baseline, not overlapping it") Period reporting,
            @Param(value = "consumption", required = false, description = "kWh per interval over both periods; or give source") List<Observation> consumption,
            @Param(value = "source", required = false, description = "Read the consumption from the ReadingStore instead: {meter, readingType}") Source source,
            @Param(value = "drivers", required = false, description = "Independent variables over both periods") List<Driver> drivers,
            @Param(value = "timeOfWeek", required = false, description = "Time-of-week indicators (see baseline)") TimeOfWeek timeOfWeek,
            @Param(value = "adjustments", required = false, description = "Non-routine adjustments [{kwh, from, to, reason, by}] added to the adjusted baseline") List<Adjustment> adjustments,
            @Param(value = "force", required = false, description = "Compute savings even when the baseline fails a Guideline 14 check (the answer says so)") Boolean force)
            throws RpcException {
        Inputs in = inputs(granularity, zone, baseline, Requests.period("reporting", reporting), consumption, source, drivers, timeOfWeek);
        List<Adjustment> checked = Requests.adjustments(adjustments, in.reporting());
        SavingsCalculator.Fitted fitted = fit(in);
        boolean forced = !fitted.fit().passed();
        if (forced && !Boolean.TRUE.equals(force)) {
            var failed = SavingsCalculator.failed(fitted.fit());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("failed", failed);
            data.put("baseline", fitted.fit());
            StringBuilder message = new StringBuilder("Baseline model fails ASHRAE Guideline 14:");
            for (var c : failed) {
                message.append(String.format(java.util.Locale.ROOT, " %s %.4f (limit %.2f);", c.name(), c.value(), c.limit()));
            }
            message.append(" give force=true to compute savings anyway");
            throw new RpcException(MvErrors.MODEL_FAILS_GUIDELINE_14, message.toString(), data);
        }
        return SavingsCalculator.savings(in, fitted, checked, forced);
    }

    private Inputs inputs(Granularity granularity, String zone, Period baseline, Period reporting, List<Observation> consumption,
            Source source, List<Driver> drivers, TimeOfWeek timeOfWeek) throws RpcException {
        Granularity g = Requests.granularity(granularity);
        ZoneId z = Requests.zone(zone);
        TimeOfWeek t = Requests.timeOfWeek(timeOfWeek, g);
        Period b = Requests.period("baseline", baseline);
        if (reporting != null) {
            Requests.apart(b, reporting);
        }
        Intervals intervals = new Intervals(g, z);
        int max = maxIntervals;
        NavigableMap<java.time.Instant, Double> y;
        if ((consumption == null) == (source == null)) {
            throw RpcException.invalidParams("consumption", "give either consumption or source, not " + (source == null ? "neither" : "both"));
        }
        if (consumption != null) {
            y = Requests.series("consumption", consumption, intervals, max);
        } else {
            ReadingStore current = store;
            if (current == null) {
                throw new RpcException(MvErrors.STORE_UNAVAILABLE, "The ReadingStore is not available: pass the consumption in the call");
            }
            y = reporting == null ? StoreReader.read(current, source, g, z, max, b) : StoreReader.read(current, source, g, z, max, b, reporting);
        }
        List<String> names = Requests.driverNames(drivers);
        List<NavigableMap<java.time.Instant, Double>> values = new ArrayList<>();
        for (int d = 0; d < names.size(); d++) {
            values.add(Requests.series("drivers[" + d + "].values", drivers.get(d).values(), intervals, max));
        }
        return new Inputs(g, z, t, b, reporting == null ? new Period(b.to(), b.to()) : reporting, y, names, values);
    }

    private static SavingsCalculator.Fitted fit(Inputs in) throws RpcException {
        try {
            return SavingsCalculator.fit(in);
        } catch (SingularMatrixException e) {
            throw RpcException.invalidParams("drivers", "the model cannot be fitted: a driver is constant or a combination of the others or of the time of week");
        } catch (IllegalArgumentException e) {
            throw RpcException.invalidParams("baseline", e.getMessage());
        }
    }
}
