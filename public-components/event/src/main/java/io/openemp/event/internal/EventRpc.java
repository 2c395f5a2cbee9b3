package io.openemp.event.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.openemp.event.api.StoredEvent;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;

/** The {@code event} RPC component: kept device events and audit entries, and the service's counters. */
@Component(service = RpcComponent.class)
public class EventRpc implements RpcComponent {

    private final EventService events;

    @Activate
    public EventRpc(@Reference EventService events) {
        this.events = events;
    }

    @Override
    public String id() {
        return EventService.COMPONENT;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Device events and audit entries kept by the event service; the live stream is GET /api/events";
    }

    @RpcMethod(name = "query", roles = Roles.VIEWER,
            description = "Kept device events or audit entries: newest first, or after a stream id oldest first")
    public List<StoredEvent> query(Caller caller,
            @Param(value = "kind", description = "device or audit") String kind,
            @Param(value = "source", required = false, description = "Only events about this meter, device or alarm source") String source,
            @Param(value = "from", required = false, description = "From this instant (inclusive)") Instant from,
            @Param(value = "to", required = false, description = "Up to this instant (exclusive)") Instant to,
            @Param(value = "afterSeq", required = false, description = "Only events after this stream id, oldest first (to catch up after a stream reset)") Long afterSeq,
            @Param(value = "limit", required = false, description = "At most this many, 1 to 1000 (default 100)") Integer limit)
            throws RpcException {
        EventLog.Kind k;
        if ("device".equals(kind)) {
            k = EventLog.Kind.DEVICE;
        } else if ("audit".equals(kind)) {
            k = EventLog.Kind.AUDIT;
        } else {
            throw RpcException.invalidParams("kind", "device or audit, not '" + kind + "'");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw RpcException.invalidParams("to", "must be after from");
        }
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > AlarmRpc.MAX_LIMIT) {
            throw RpcException.invalidParams("limit", "1 to " + AlarmRpc.MAX_LIMIT);
        }
        return events.query(caller, k, source, from, to, afterSeq, max);
    }

    @RpcMethod(name = "stats", roles = Roles.VIEWER,
            description = "Counters: readings evaluated and refused, bus events dropped, rules, stream clients, last stream id")
    public Map<String, Long> stats() {
        return events.stats();
    }
}
