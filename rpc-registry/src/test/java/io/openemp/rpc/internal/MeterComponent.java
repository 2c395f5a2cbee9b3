package io.openemp.rpc.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;

/** A component with typed records, roles, a slow method and failures, for the dispatcher's tests. */
public class MeterComponent implements RpcComponent {

    public record Reading(String meter, Instant at, BigDecimal kwh) {
    }

    public record Total(String meter, BigDecimal kwh, int count) {
    }

    public record Note(String meter, @io.openemp.plugin.api.Nullable String text) {
    }

    @RpcMethod(name = "note", description = "Echoes a note whose text may be null")
    public Note note(@Param("note") Note note) {
        return note;
    }

    @Override
    public String id() {
        return "meter";
    }

    @Override
    public String version() {
        return "2.1.0";
    }

    @Override
    public String description() {
        return "Meter test component";
    }

    @RpcMethod(name = "total", description = "Sums readings of one meter", roles = Roles.VIEWER)
    public Total total(@Param("meter") String meter, @Param("readings") List<Reading> readings) throws RpcException {
        BigDecimal sum = BigDecimal.ZERO;
        for (Reading r : readings) {
            if (!r.meter().equals(meter)) {
                throw RpcException.invalidParams("readings", "reading of meter " + r.meter() + " given for " + meter);
            }
            sum = sum.add(r.kwh());
        }
        return new Total(meter, sum, readings.size());
    }

    @RpcMethod(name = "reset", description = "Needs the manager role", roles = Roles.MANAGER, mutating = true)
    public String reset(@Param("meter") String meter, Caller caller) {
        return meter + " reset by " + caller.user();
    }

    @RpcMethod(name = "labels", description = "Counts free-form labels: a map parameter is an open object")
    public int labels(@Param("labels") java.util.Map<String, Integer> labels) {
        return labels.values().stream().mapToInt(Integer::intValue).sum();
    }

    @RpcMethod(name = "slow", description = "Sleeps longer than its limit", timeoutMillis = 200)
    public void slow() throws InterruptedException {
        Thread.sleep(5_000);
    }

    @RpcMethod(name = "broken", description = "Fails with an unexpected exception")
    public void broken() {
        throw new IllegalStateException("secret internal detail");
    }

    @RpcMethod(name = "refuse", description = "Fails with an application error")
    public void refuse() throws RpcException {
        throw new RpcException(4001, "Meter is sealed", java.util.Map.of("meter", "M1"));
    }
}
