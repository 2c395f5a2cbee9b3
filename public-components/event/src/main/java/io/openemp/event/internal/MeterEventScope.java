package io.openemp.event.internal;

import java.time.Duration;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.openemp.access.api.Scope;
import io.openemp.access.api.Scopes;
import io.openemp.data.metering.api.Meter;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.MeteringException;
import io.openemp.event.api.EventScope;
import io.openemp.plugin.api.Caller;

/**
 * The data scope of alarms and events ({@code alarm.list}, {@code event.query}, the SSE stream): an alarm or a
 * device event about a meter is visible to a caller whose scope holds the meter's organisation unit; anything
 * else (a source that is no meter, platform-wide events, audit and plugin events) only to callers who see the
 * whole platform. The scope comes from access control ({@link Scopes}); without access control this service is
 * not registered and every authorised caller sees everything. Without the metering master data no meter can be
 * placed, so only whole-platform callers see anything.
 */
@Component(service = EventScope.class)
public class MeterEventScope implements EventScope {

    /** How long a source's unit is kept. */
    static final Duration TTL = Duration.ofSeconds(30);

    private final Scopes scopes;
    private final SourceUnits units;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Metering metering;

    @Activate
    public MeterEventScope(@Reference Scopes scopes) {
        this.scopes = scopes;
        this.units = new SourceUnits(this::meterUnit, TTL);
    }

    /** On {@code metering}, with its units kept for {@code ttl}, for tests. */
    MeterEventScope(Scopes scopes, Metering metering, Duration ttl) {
        this.scopes = scopes;
        this.metering = metering;
        this.units = new SourceUnits(this::meterUnit, ttl);
    }

    private Optional<String> meterUnit(String source) {
        Metering current = metering;
        if (current == null || source.isEmpty() || source.length() > 64) {
            return Optional.empty();
        }
        try {
            return current.meter(source).map(Meter::orgUnit);
        } catch (MeteringException notAnMrid) {
            return Optional.empty();
        }
    }

    @Override
    public boolean permits(Caller caller, String topic, String source) {
        Scope scope = scopes.scopeOf(caller);
        if (scope.all()) {
            return true;
        }
        if (source == null || !("alarm".equals(topic) || "device".equals(topic))) {
            return false;
        }
        return units.of(source).map(scope::permits).orElse(false);
    }
}
