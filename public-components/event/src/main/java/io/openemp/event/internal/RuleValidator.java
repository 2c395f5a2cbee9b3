package io.openemp.event.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;

import io.openemp.event.api.Rule;
import io.openemp.event.api.RuleKind;
import io.openemp.event.api.RuleSpec;
import io.openemp.event.api.Severity;
import io.openemp.plugin.api.RpcException;

/** Checks a {@link RuleSpec} field by field and fills in the defaults. */
final class RuleValidator {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");
    static final int MAX_DELAY_SECONDS = 86_400;
    static final int MAX_INTERVAL_SECONDS = 7 * 86_400;
    static final int MAX_INTERVALS = 1000;
    /** Thresholds beyond this are surely mistakes and would make decimal arithmetic costly. */
    static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e15");

    private RuleValidator() {
    }

    static Rule validate(RuleSpec spec, String by, Instant now) throws RpcException {
        if (spec == null) {
            throw RpcException.invalidParams("rule", "a rule is required");
        }
        String name = spec.name();
        if (name == null || name.isBlank() || name.length() > 100 || name.chars().anyMatch(c -> c < 0x20)) {
            throw RpcException.invalidParams("rule.name", "1 to 100 printable characters");
        }
        if (spec.kind() == null) {
            throw RpcException.invalidParams("rule.kind", "one of HIGH, LOW, RATE_OF_CHANGE, STALE");
        }
        if (spec.meter() == null || !("*".equals(spec.meter()) || ID.matcher(spec.meter()).matches())) {
            throw RpcException.invalidParams("rule.meter", "a meter id ([A-Za-z0-9_.:-], at most 100) or * for every meter");
        }
        if (spec.readingType() == null || !ID.matcher(spec.readingType()).matches()) {
            throw RpcException.invalidParams("rule.readingType", "a reading type ([A-Za-z0-9_.:-], at most 100)");
        }
        int onDelay = delay("rule.onDelaySeconds", spec.onDelaySeconds());
        int offDelay = delay("rule.offDelaySeconds", spec.offDelaySeconds());
        Severity severity = spec.severity() == null ? Severity.MEDIUM : spec.severity();
        if (spec.kind() == RuleKind.STALE) {
            if (spec.threshold() != null || spec.deadband() != null || onDelay != 0 || offDelay != 0) {
                throw RpcException.invalidParams("rule.kind", "a STALE rule takes intervalSeconds and intervals only"
                        + " (no threshold, deadband or delays)");
            }
            Integer interval = spec.intervalSeconds();
            if (interval == null || interval < 1 || interval > MAX_INTERVAL_SECONDS) {
                throw RpcException.invalidParams("rule.intervalSeconds", "required for STALE: 1 to " + MAX_INTERVAL_SECONDS);
            }
            Integer intervals = spec.intervals() == null ? Integer.valueOf(1) : spec.intervals();
            if (intervals < 1 || intervals > MAX_INTERVALS) {
                throw RpcException.invalidParams("rule.intervals", "1 to " + MAX_INTERVALS);
            }
            return new Rule(null, name, spec.kind(), spec.meter(), spec.readingType(), null, BigDecimal.ZERO, 0, 0,
                    interval, intervals, severity, now, by);
        }
        if (spec.intervalSeconds() != null || spec.intervals() != null) {
            throw RpcException.invalidParams("rule.intervalSeconds", "only STALE rules take intervalSeconds and intervals");
        }
        BigDecimal threshold = spec.threshold();
        if (threshold == null) {
            throw RpcException.invalidParams("rule.threshold", "required for " + spec.kind());
        }
        if (threshold.abs().compareTo(MAX_MAGNITUDE) > 0) {
            throw RpcException.invalidParams("rule.threshold", "at most 1e15 in magnitude");
        }
        if (spec.kind() == RuleKind.RATE_OF_CHANGE && threshold.signum() <= 0) {
            throw RpcException.invalidParams("rule.threshold", "a RATE_OF_CHANGE threshold is a positive change per minute");
        }
        BigDecimal deadband = spec.deadband() == null ? BigDecimal.ZERO : spec.deadband();
        if (deadband.signum() < 0 || deadband.compareTo(MAX_MAGNITUDE) > 0) {
            throw RpcException.invalidParams("rule.deadband", "0 or more, at most 1e15");
        }
        if (spec.kind() == RuleKind.RATE_OF_CHANGE && deadband.compareTo(threshold) >= 0) {
            throw RpcException.invalidParams("rule.deadband", "must be below the rate threshold, or the alarm could never clear");
        }
        return new Rule(null, name, spec.kind(), spec.meter(), spec.readingType(), threshold, deadband, onDelay, offDelay,
                null, null, severity, now, by);
    }

    private static int delay(String field, Integer value) throws RpcException {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > MAX_DELAY_SECONDS) {
            throw RpcException.invalidParams(field, "0 to " + MAX_DELAY_SECONDS + " seconds");
        }
        return value;
    }
}
