package io.openemp.event.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.openemp.event.api.Alarm;
import io.openemp.event.api.AlarmState;
import io.openemp.event.api.Rule;
import io.openemp.event.api.RuleSpec;
import io.openemp.event.api.Severity;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;

/**
 * The {@code alarm} RPC component: the alarm lifecycle and the limit rules. Also registered under its own class
 * for the console commands of this bundle, which go through the same checks.
 */
@Component(service = { RpcComponent.class, AlarmRpc.class })
public class AlarmRpc implements RpcComponent {

    static final int MAX_LIMIT = 1000;
    static final int MAX_RULES = 10_000;

    /** What {@code alarm.rule.delete} answers. */
    public record Deleted(String id, boolean deleted) {
    }

    private final EventService events;

    @Activate
    public AlarmRpc(@Reference EventService events) {
        this.events = events;
    }

    @Override
    public String id() {
        return "alarm";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Alarms: list, acknowledge, clear, close, shelve, raise by hand; limit rules on readings";
    }

    @RpcMethod(name = "list", roles = Roles.VIEWER,
            description = "Alarms newest first: open and not shelved by default, or those in one state")
    public List<Alarm> list(Caller caller,
            @Param(value = "state", required = false, description = "Only alarms in this state (CLOSED for closed ones); open ones when left out")
            AlarmState state,
            @Param(value = "source", required = false, description = "Only alarms of this source (meter, device, component)")
            String source,
            @Param(value = "includeShelved", required = false, description = "Include shelved alarms (default false)")
            Boolean includeShelved,
            @Param(value = "limit", required = false, description = "At most this many, 1 to 1000 (default 100)")
            Integer limit) throws RpcException {
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw RpcException.invalidParams("limit", "1 to " + MAX_LIMIT);
        }
        return events.list(caller, state, source, Boolean.TRUE.equals(includeShelved), max);
    }

    @RpcMethod(name = "get", roles = Roles.VIEWER, description = "One alarm with its whole history")
    public Alarm get(Caller caller, @Param(value = "id", description = "The alarm id") String id) throws RpcException {
        try {
            return events.get(caller, id);
        } catch (AlarmException e) {
            throw Errors.of(e);
        }
    }

    @RpcMethod(name = "ack", roles = Roles.MANAGER, mutating = true,
            description = "Acknowledges an alarm (raised or cleared, not yet acknowledged)")
    public Alarm ack(Caller caller, @Param(value = "id", description = "The alarm id") String id,
            @Param(value = "note", required = false, description = "A note kept in the history") String note) throws RpcException {
        return run(() -> events.acknowledge(caller, id, note(note)));
    }

    @RpcMethod(name = "clear", roles = Roles.MANAGER, mutating = true,
            description = "Returns an active alarm to normal by hand")
    public Alarm clear(Caller caller, @Param(value = "id", description = "The alarm id") String id,
            @Param(value = "note", required = false, description = "A note kept in the history") String note) throws RpcException {
        return run(() -> events.clear(caller, id, note(note)));
    }

    @RpcMethod(name = "close", roles = Roles.MANAGER, mutating = true,
            description = "Closes an alarm that is cleared and acknowledged")
    public Alarm close(Caller caller, @Param(value = "id", description = "The alarm id") String id,
            @Param(value = "note", required = false, description = "A note kept in the history") String note) throws RpcException {
        return run(() -> events.close(caller, id, note(note)));
    }

    @RpcMethod(name = "shelve", roles = Roles.MANAGER, mutating = true,
            description = "Hides an open alarm from the active list for a while; it comes back by itself at the end")
    public Alarm shelve(Caller caller, @Param(value = "id", description = "The alarm id") String id,
            @Param(value = "minutes", description = "For how long, 1 minute up to maxShelveHours") int minutes,
            @Param(value = "reason", description = "Why (kept in the history)") String reason) throws RpcException {
        return run(() -> events.shelve(caller, id, Duration.ofMinutes(minutes), reason));
    }

    @RpcMethod(name = "unshelve", roles = Roles.MANAGER, mutating = true, description = "Ends the shelving of an alarm now")
    public Alarm unshelve(Caller caller, @Param(value = "id", description = "The alarm id") String id,
            @Param(value = "note", required = false, description = "A note kept in the history") String note) throws RpcException {
        return run(() -> events.unshelve(caller, id, note(note)));
    }

    @RpcMethod(name = "raise", roles = Roles.MANAGER, mutating = true,
            description = "Raises an alarm by hand; a raise of an open alarm of the same source and condition counts it up")
    public Alarm raise(Caller caller,
            @Param(value = "source", description = "What the alarm is about: a meter, device or component id") String source,
            @Param(value = "condition", description = "The condition key, e.g. door-open") String condition,
            @Param(value = "severity", required = false, description = "LOW, MEDIUM (default), HIGH or CRITICAL") Severity severity,
            @Param(value = "message", description = "What is wrong, for people") String message) throws RpcException {
        return run(() -> events.raiseBy(caller, source, condition, severity == null ? Severity.MEDIUM : severity, message));
    }

    @RpcMethod(name = "rule.create", roles = Roles.MANAGER, mutating = true,
            description = "Creates a limit rule on readings: HIGH, LOW, RATE_OF_CHANGE (with deadband and on/off delays) or STALE")
    public Rule createRule(Caller caller, @Param(value = "rule", description = "The rule") RuleSpec rule) throws RpcException {
        Instant now = events.clock().instant();
        Rule valid = RuleValidator.validate(rule, caller.user(), now);
        if (!"*".equals(valid.meter()) && !events.permits(caller, "alarm", valid.meter())) {
            throw RpcException.invalidParams("rule.meter", "meter '" + valid.meter() + "' is outside your scope");
        }
        if (events.ruleCount() >= MAX_RULES) {
            throw RpcException.invalidParams("rule", "there are already " + MAX_RULES + " rules, the most allowed");
        }
        return events.createRule(valid);
    }

    @RpcMethod(name = "rule.list", roles = Roles.VIEWER, description = "Every limit rule, oldest first")
    public List<Rule> rules() {
        return events.rules();
    }

    @RpcMethod(name = "rule.get", roles = Roles.VIEWER, description = "One limit rule")
    public Rule rule(@Param(value = "id", description = "The rule id") String id) throws RpcException {
        return events.rule(id).orElseThrow(() -> RpcException.invalidParams("id", "no rule '" + id + "'"));
    }

    @RpcMethod(name = "rule.delete", roles = Roles.MANAGER, mutating = true,
            description = "Deletes a limit rule and clears the alarms it holds active")
    public Deleted deleteRule(Caller caller, @Param(value = "id", description = "The rule id") String id) throws RpcException {
        Optional<Rule> deleted = events.deleteRule(caller, id);
        if (deleted.isEmpty()) {
            throw RpcException.invalidParams("id", "no rule '" + id + "'");
        }
        return new Deleted(id, true);
    }

    private interface Operation {
        Alarm run();
    }

    private static Alarm run(Operation operation) throws RpcException {
        try {
            return operation.run();
        } catch (AlarmException e) {
            throw Errors.of(e);
        } catch (InvalidField e) {
            throw Errors.of(e);
        }
    }

    private static String note(String note) {
        if (note == null) {
            return null;
        }
        return InvalidField.check("note", note, AlarmStore.MAX_MESSAGE);
    }
}
