package io.openemp.event.internal.karaf;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import io.openemp.event.api.Alarm;
import io.openemp.event.api.AlarmState;
import io.openemp.event.internal.AlarmRpc;
import io.openemp.plugin.api.Caller;

/** {@code emp:alarm-list}: the open alarms, newest first, as a table. */
@Service
@Command(scope = "emp", name = "alarm-list", description = "Lists open alarms (not shelved), newest first")
public class AlarmListAction implements Action {

    @Reference
    AlarmRpc alarms;

    @Option(name = "--state", description = "Only alarms in this state: RAISED, ACKNOWLEDGED, CLEARED, ACKNOWLEDGED_CLEARED, CLOSED")
    String state;

    @Option(name = "--source", description = "Only alarms of this source")
    String source;

    @Option(name = "--shelved", description = "Include shelved alarms")
    boolean shelved;

    @Option(name = "--limit", description = "At most this many (default 100)")
    int limit = 100;

    @Override
    public Object execute() throws Exception {
        Caller caller = ConsoleUser.current();
        List<Alarm> found = alarms.list(caller, state == null ? null : AlarmState.valueOf(state), source, shelved, limit);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Severity");
        table.column("State");
        table.column("Source");
        table.column("Condition");
        table.column("Count");
        table.column("Last raised");
        table.column("Message").maxSize(60);
        for (Alarm a : found) {
            table.addRow().addContent(a.id(), a.severity(), a.state() + (a.shelved() ? " (shelved)" : ""), a.source(),
                    a.condition(), a.count(), a.lastRaisedAt(), a.message());
        }
        table.print(System.out);
        return null;
    }
}
