package io.openemp.plugin.degreedays.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugin.degreedays.api.Bases;
import io.openemp.plugin.degreedays.api.DegreeDayResult;
import io.openemp.plugin.degreedays.api.Observation;

/**
 * The {@code degree-days} RPC component: heating and cooling degree days per local day from a series of
 * temperature observations. Published as an {@link RpcComponent} service; the registry turns its
 * {@link RpcMethod}s into {@code degree-days.compute} and {@code degree-days.bases}. Configured by PID
 * {@value #PID}; works with the defaults of {@link DegreeDaysConfig} when there is no configuration.
 */
@Component(service = RpcComponent.class, configurationPid = DegreeDaysComponent.PID)
@Designate(ocd = DegreeDaysConfig.class)
public class DegreeDaysComponent implements RpcComponent {

    /** The configuration PID. */
    public static final String PID = "io.openemp.plugin.degree-days";

    private volatile Settings settings = Settings.DEFAULTS;

    /** Called by DS; tests call it with the defaults already in place, or not at all. */
    @Activate
    void activate(DegreeDaysConfig config) {
        settings = Settings.of(config);
    }

    /**
     * A changed configuration takes effect for the next call, without restarting the component. A wrong value
     * throws: DS logs it and the previous settings stay.
     */
    @Modified
    void modified(DegreeDaysConfig config) {
        settings = Settings.of(config);
    }

    @Override
    public String id() {
        return "degree-days";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Heating and cooling degree days per local day from temperature observations";
    }

    @RpcMethod(name = "compute", roles = Roles.VIEWER,
            description = "Heating and cooling degree days, mean temperature and coverage of every local day, with totals over the complete days")
    public DegreeDayResult compute(
            @Param(value = "observations", description = "Air temperatures, oldest first, any regular interval: [{at: UTC instant, celsius}]")
            List<Observation> observations,
            @Param(value = "zone", description = "IANA time zone whose local days are reported, e.g. Asia/Shanghai")
            String zone,
            @Param(value = "heatingBase", required = false, description = "Heating base temperature in °C; the configured one when left out")
            Double heatingBase,
            @Param(value = "coolingBase", required = false, description = "Cooling base temperature in °C; the configured one when left out")
            Double coolingBase,
            @Param(value = "interval", required = false, description = "Spacing of the observations (ISO-8601, PT1M to P1D, e.g. PT1H); the median spacing when left out")
            Duration interval) throws RpcException {
        Settings current = settings;
        ZoneId zoneId = zone(zone);
        double heating = base("heatingBase", heatingBase, current.heatingBase());
        double cooling = base("coolingBase", coolingBase, current.coolingBase());
        if (interval != null && (interval.compareTo(Duration.ofMinutes(1)) < 0 || interval.compareTo(Duration.ofDays(1)) > 0)) {
            throw RpcException.invalidParams("interval", "must lie within PT1M..P1D, not " + interval);
        }
        if (observations == null) {
            throw RpcException.invalidParams("observations", "required");
        }
        return new DegreeDayCalculator(zoneId, heating, cooling, current.minDayCoverage()).compute(observations, interval);
    }

    @RpcMethod(name = "bases", roles = Roles.VIEWER,
            description = "The configured default heating and cooling bases (°C) and minimum day coverage")
    public Bases bases() {
        return settings.bases();
    }

    private static ZoneId zone(String zone) throws RpcException {
        if (zone == null || zone.isBlank()) {
            throw RpcException.invalidParams("zone", "required, e.g. \"Asia/Shanghai\"");
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw RpcException.invalidParams("zone", "unknown time zone '" + zone + "'; use an IANA name such as \"Asia/Shanghai\"");
        }
    }

    private static double base(String name, Double given, double configured) throws RpcException {
        if (given == null) {
            return configured;
        }
        if (!Settings.possibleTemperature(given)) {
            throw RpcException.invalidParams(name, given + " °C is not a possible air temperature");
        }
        return given;
    }
}
