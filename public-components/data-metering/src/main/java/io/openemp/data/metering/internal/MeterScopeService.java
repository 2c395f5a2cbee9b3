package io.openemp.data.metering.internal;

import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.openemp.data.metering.api.Metering;
import io.openemp.data.readings.api.MeterScope;
import io.openemp.plugin.api.Caller;

/**
 * The data scope of the {@code readings.*} methods: a caller reaches a meter's readings when the meter's
 * organisation unit lies in the caller's scope. A caller who sees everything reaches every meter (unknown ones
 * included, which the reading store then refuses itself); anyone else reaches no unknown meter.
 */
@Component(service = MeterScope.class)
public class MeterScopeService implements MeterScope {

    private final CallerScopes scopes;
    private final MeterUnits units;

    @Activate
    public MeterScopeService(@Reference Metering metering, @Reference CallerScopes scopes) {
        this(scopes, new MeterUnits(metering, Duration.ofMinutes(1)));
    }

    MeterScopeService(CallerScopes scopes, MeterUnits units) {
        this.scopes = scopes;
        this.units = units;
    }

    @Override
    public boolean permits(Caller caller, String meterMrid) {
        CallerScope scope = scopes.of(caller);
        return scope.all() || units.of(meterMrid).map(scope::permits).orElse(false);
    }
}
