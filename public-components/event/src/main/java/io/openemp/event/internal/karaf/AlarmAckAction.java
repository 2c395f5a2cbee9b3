package io.openemp.event.internal.karaf;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.event.api.Alarm;
import io.openemp.event.internal.AlarmRpc;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcException;

/** {@code emp:alarm-ack <id> [note]}: acknowledges an alarm as the console user. */
@Service
@Command(scope = "emp", name = "alarm-ack", description = "Acknowledges an alarm as the console user (role manager)")
public class AlarmAckAction implements Action {

    @Reference
    AlarmRpc alarms;

    @Argument(index = 0, name = "id", required = true, description = "The alarm id (see emp:alarm-list)")
    String id;

    @Argument(index = 1, name = "note", required = false, description = "A note kept in the alarm's history")
    String note;

    @Override
    public Object execute() {
        Caller caller = ConsoleUser.current();
        if (!caller.hasRole(Roles.MANAGER)) {
            System.err.println("emp:alarm-ack needs the manager role");
            return null;
        }
        try {
            Alarm alarm = alarms.ack(caller, id, note);
            System.out.println("alarm " + alarm.id() + " is " + alarm.state() + " (acknowledged by " + alarm.acknowledgedBy() + ")");
        } catch (RpcException e) {
            System.err.println(e.getMessage());
        }
        return null;
    }
}
