package io.openemp.event.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Raises and clears alarms from other bundles (the same operations components can reach through the bus topic
 * {@code emp/alarm/<component>}, see the event module README).
 */
@ProviderType
public interface AlarmService {

    /**
     * Raises the alarm of {@code condition} on {@code source}: opens it, or, while an alarm of the same source
     * and condition is open (not closed), counts it up on that one and makes it active again.
     *
     * @param by who raises it, recorded in the history (a user, {@code rule:<id>}, a component id)
     * @throws IllegalArgumentException if a text is empty or too long
     */
    Alarm raise(String source, String condition, Severity severity, String message, String by);

    /**
     * Clears (returns to normal) the open, active alarm of {@code condition} on {@code source}.
     *
     * @return the cleared alarm, or empty when no such alarm is active
     */
    Optional<Alarm> clear(String source, String condition, String by, String note);
}
