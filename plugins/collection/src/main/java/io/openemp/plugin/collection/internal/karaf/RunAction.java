package io.openemp.plugin.collection.internal.karaf;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.collection.api.ItemFailure;
import io.openemp.plugin.collection.api.TaskOutcome;
import io.openemp.plugin.collection.internal.Console;

/** {@code emp:collection-run <task>}: runs a task now and prints its outcome. */
@Service
@Command(scope = "emp", name = "collection-run", description = "Runs a collection task now and prints what it collected")
public class RunAction implements Action {

    @Reference(filter = "(component.name=io.openemp.plugin.collection.internal.CollectionComponent)")
    RpcComponent collection;

    @Argument(index = 0, name = "task", required = true, description = "The task's id")
    String task;

    @Override
    public Object execute() throws Exception {
        TaskOutcome o = Console.run(collection, task);
        System.out.printf("task %s: %d targets, %d of %d items collected, %d absent, %d failed, %d retries, %d readings stored, %d ms%n",
                o.task(), o.targets(), o.collected(), o.requested(), o.absent(), o.failed(), o.retries(), o.stored(),
                o.durationMillis());
        for (ItemFailure f : o.failures()) {
            System.out.printf("  failed: %s %s: %s%n", f.target(), f.item(), f.reason());
        }
        return null;
    }
}
