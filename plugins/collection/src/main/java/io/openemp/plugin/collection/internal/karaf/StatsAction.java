package io.openemp.plugin.collection.internal.karaf;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.collection.api.Counters;
import io.openemp.plugin.collection.api.Statistics;
import io.openemp.plugin.collection.internal.Console;

/** {@code emp:collection-stats}: counters per task and terminal, and the rejected frames by reason. */
@Service
@Command(scope = "emp", name = "collection-stats", description = "Prints the master station's counters: per task, per terminal, rejected frames by reason")
public class StatsAction implements Action {

    @Reference(filter = "(component.name=io.openemp.plugin.collection.internal.CollectionComponent)")
    RpcComponent collection;

    @Override
    public Object execute() {
        Statistics s = Console.stats(collection);
        System.out.printf("online %d, frames decoded %d, readings waiting for the store %d%n", s.online(),
                s.framesDecoded(), s.pendingReadings());
        s.rejectedByReason().forEach((reason, n) -> {
            if (n > 0) {
                System.out.printf("rejected %-18s %d%n", reason, n);
            }
        });
        s.ignoredByReason().forEach((reason, n) -> System.out.printf("ignored  %-26s %d%n", reason, n));
        print("task", s.tasks());
        print("terminal", s.terminals());
        return null;
    }

    private static void print(String kind, Map<String, Counters> counters) {
        if (counters.isEmpty()) {
            return;
        }
        System.out.printf("%-10s %-16s %9s %9s %8s %8s %8s %10s %9s %9s%n", kind, "id", "requests", "answered",
                "timeouts", "retries", "success", "mean ms", "reports", "readings");
        counters.forEach((id, c) -> System.out.printf("%-10s %-16s %9d %9d %8d %8d %7.1f%% %10.1f %9d %9d%n", kind, id,
                c.requests(), c.answered(), c.timeouts(), c.retries(), c.successRate() * 100, c.meanLatencyMillis(),
                c.reportsStored(), c.readingsStored()));
    }
}
