package io.openemp.system.internal;

import java.util.Map;

/** Logger levels at run time; implemented on Karaf's log service by {@link KarafLogLevels}. */
public interface LogLevels {

    /** Level per logger: every configured logger for {@code null}, else that logger (with its effective level). */
    Map<String, String> get(String logger);

    void set(String logger, String level);
}
