package io.openemp.system.internal;

import java.util.Map;
import java.util.TreeMap;

import org.apache.karaf.log.core.LogService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Log levels through Karaf's log service (feature {@code log}), which writes them to pax-logging's
 * configuration: a change applies at once and survives a restart, exactly as {@code log:set} does.
 */
@Component(service = LogLevels.class)
public class KarafLogLevels implements LogLevels {

    private final LogService log;

    @Activate
    public KarafLogLevels(@Reference LogService log) {
        this.log = log;
    }

    @Override
    public Map<String, String> get(String logger) {
        return new TreeMap<>(log.getLevel(logger == null ? "ALL" : logger));
    }

    @Override
    public void set(String logger, String level) {
        log.setLevel(logger, level);
    }
}
