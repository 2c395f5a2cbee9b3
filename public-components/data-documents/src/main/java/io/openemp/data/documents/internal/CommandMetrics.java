package io.openemp.data.documents.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts the driver's commands (a driver {@link CommandListener}) for the health record and, while a
 * Micrometer {@link MeterRegistry} is bound, times them as {@value #TIMER} tagged with {@code command} (the
 * MongoDB command name: insert, find, update...) and {@code outcome} (success or failure).
 */
final class CommandMetrics implements CommandListener {

    /** Name of the Micrometer timer. */
    static final String TIMER = "openemp.documents.commands";

    private final LongAdder succeeded = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile MeterRegistry registry;

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        succeeded.increment();
        record(event.getCommandName(), "success", event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        failed.increment();
        record(event.getCommandName(), "failure", event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    private void record(String command, String outcome, long nanos) {
        MeterRegistry meters = registry;
        if (meters != null) {
            Timer.builder(TIMER).description("MongoDB commands of the document store")
                    .tag("command", command).tag("outcome", outcome)
                    .register(meters).record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    void bind(MeterRegistry meters) {
        registry = meters;
    }

    /** Stops recording into {@code meters} and removes the timers recorded there. */
    void unbind(MeterRegistry meters) {
        if (registry == meters) {
            registry = null;
        }
        meters.find(TIMER).meters().forEach(meters::remove);
    }

    long succeeded() {
        return succeeded.sum();
    }

    long failed() {
        return failed.sum();
    }
}
