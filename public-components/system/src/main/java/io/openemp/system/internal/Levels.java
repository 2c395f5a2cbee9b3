package io.openemp.system.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.openemp.plugin.api.RpcException;

/** What system.log.set accepts: a logger name and a level, checked before anything reaches the log service. */
final class Levels {

    /** DEFAULT removes the logger's own level, so that it inherits its parent's again. */
    static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF", "DEFAULT");

    private static final Pattern LOGGER = Pattern.compile("ROOT|[A-Za-z_$][A-Za-z0-9_$-]*(\\.[A-Za-z_$][A-Za-z0-9_$-]*)*");

    private Levels() {
    }

    static String logger(String logger) throws RpcException {
        if (logger == null || logger.isBlank()) {
            throw RpcException.invalidParams("logger", "a logger name is required, e.g. io.openemp or ROOT");
        }
        if (logger.length() > 200 || !LOGGER.matcher(logger).matches()) {
            throw RpcException.invalidParams("logger", "not a logger name (dot-separated Java identifiers, or ROOT, at most 200 characters)");
        }
        return logger;
    }

    static String level(String level) throws RpcException {
        String upper = level == null ? "" : level.trim().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(upper)) {
            throw RpcException.invalidParams("level", "'" + shorten(level) + "' is not a level: one of " + LEVELS);
        }
        return upper;
    }

    static String shorten(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
