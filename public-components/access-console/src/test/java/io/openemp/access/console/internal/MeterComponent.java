package io.openemp.access.console.internal;

import java.math.BigDecimal;
import java.util.Map;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;

/** A small component for the console's tests: roles, a typed record parameter, an application error. */
public class MeterComponent implements RpcComponent {

    /** Energy read on a meter. */
    public record Reading(String meter, BigDecimal kwh) {
    }

    /** What {@code meter.record} answers. */
    public record Receipt(String meter, BigDecimal kwh, String recordedBy, String note) {
    }

    @Override
    public String id() {
        return "meter";
    }

    @Override
    public String version() {
        return "1.2.0";
    }

    @Override
    public String description() {
        return "Meters for the console tests";
    }

    @RpcMethod(name = "read", description = "Latest reading of a meter", roles = Roles.VIEWER)
    public Reading read(@Param(value = "meter", description = "meter number") String meter) throws RpcException {
        if (!meter.startsWith("M")) {
            throw new RpcException(4040, "Unknown meter", Map.of("meter", meter));
        }
        return new Reading(meter, new BigDecimal("12.5"));
    }

    @RpcMethod(name = "record", description = "Records a reading", roles = Roles.MANAGER, mutating = true,
            timeoutMillis = 2_000)
    public Receipt record(@Param("reading") Reading reading,
            @Param(value = "note", required = false, description = "free text") String note, Caller caller) {
        return new Receipt(reading.meter(), reading.kwh(), caller.user(), note);
    }

    @RpcMethod(name = "ping", description = "Answers pong to any user")
    public String ping() {
        return "pong";
    }
}
