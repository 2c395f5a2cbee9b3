package io.openemp.event.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.openemp.event.api.Rule;
import io.openemp.event.api.RuleKind;

/**
 * Evaluates the limit rules on readings, in memory, with one state per (rule, meter). It decides; the caller
 * raises and clears the alarms it returns. Delays are measured in reading time ({@code at}), so a burst of
 * late readings is judged as it happened; readings older than the last one seen for a (rule, meter) are
 * ignored. Stale-data rules are judged against the clock by {@link #checkStale()}.
 */
final class RuleEngine {

    /** What the caller must do: raise or clear the alarm of {@code rule} on {@code meter}. */
    record Action(boolean raise, Rule rule, String meter, Instant at, String message) {
    }

    private record Key(String ruleId, String meter) {
    }

    /** What is known of one meter under one rule. */
    private static final class State {
        boolean active;
        Instant pendingSince;   // condition holds, waiting for the on-delay
        Instant normalSince;    // condition gone, waiting for the off-delay
        Instant lastAt;
        BigDecimal lastValue;

        State(Instant lastAt) {
            this.lastAt = lastAt;
        }
    }

    private final Clock clock;
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    /** Rules by reading type and meter ({@code *} for wildcard rules): a reading looks at its own two lists only. */
    private final Map<String, List<Rule>> byTarget = new HashMap<>();
    private final Map<Key, State> states = new HashMap<>();

    RuleEngine(Clock clock) {
        this.clock = clock;
    }

    synchronized void put(Rule rule) {
        remove(rule.id());
        rules.put(rule.id(), rule);
        byTarget.computeIfAbsent(target(rule.readingType(), rule.meter()), t -> new ArrayList<>()).add(rule);
        if (rule.kind() == RuleKind.STALE && !"*".equals(rule.meter())) {
            // A named meter that never reports is stale too: count from when the rule started watching.
            states.put(new Key(rule.id(), rule.meter()), new State(clock.instant()));
        }
    }

    synchronized void remove(String ruleId) {
        Rule old = rules.remove(ruleId);
        if (old != null) {
            List<Rule> list = byTarget.get(target(old.readingType(), old.meter()));
            list.remove(old);
            if (list.isEmpty()) {
                byTarget.remove(target(old.readingType(), old.meter()));
            }
            states.keySet().removeIf(k -> k.ruleId().equals(ruleId));
        }
    }

    /** Marks the (rule, meter) active: its alarm is open from before a restart. */
    synchronized void restoreActive(String ruleId, String meter) {
        if (rules.containsKey(ruleId)) {
            states.computeIfAbsent(new Key(ruleId, meter), k -> new State(clock.instant())).active = true;
        }
    }

    synchronized int size() {
        return rules.size();
    }

    private static String target(String readingType, String meter) {
        return readingType + '\u001f' + meter;
    }

    synchronized List<Action> onReading(Sample sample) {
        List<Rule> own = byTarget.get(target(sample.readingType(), sample.meter()));
        List<Rule> wildcard = byTarget.get(target(sample.readingType(), "*"));
        if (own == null && wildcard == null) {
            return List.of();
        }
        List<Action> actions = new ArrayList<>(1);
        evaluate(own, sample, actions);
        evaluate(wildcard, sample, actions);
        return actions;
    }

    private void evaluate(List<Rule> rules, Sample sample, List<Action> actions) {
        if (rules == null) {
            return;
        }
        for (Rule rule : rules) {
            State state = states.computeIfAbsent(new Key(rule.id(), sample.meter()), k -> new State(null));
            if (state.lastAt != null && !sample.at().isAfter(state.lastAt) && rule.kind() != RuleKind.STALE) {
                continue; // out of order or repeated: judged already
            }
            Action action = rule.kind() == RuleKind.STALE ? fresh(rule, state, sample) : evaluate(rule, state, sample);
            if (action != null) {
                actions.add(action);
            }
        }
    }

    /** Raises stale-data alarms for every watched meter whose last reading is too old. */
    synchronized List<Action> checkStale() {
        Instant now = clock.instant();
        List<Action> actions = new ArrayList<>();
        for (Map.Entry<Key, State> e : states.entrySet()) {
            Rule rule = rules.get(e.getKey().ruleId());
            State state = e.getValue();
            if (rule.kind() != RuleKind.STALE || state.active || state.lastAt == null) {
                continue;
            }
            if (Duration.between(state.lastAt, now).compareTo(staleLimit(rule)) > 0) {
                state.active = true;
                actions.add(new Action(true, rule, e.getKey().meter(), now, "no " + rule.readingType() + " reading since "
                        + state.lastAt + " (" + rule.intervals() + " x " + rule.intervalSeconds() + " s; rule '" + rule.name() + "')"));
            }
        }
        return actions;
    }

    private Action fresh(Rule rule, State state, Sample sample) {
        if (state.lastAt == null || sample.at().isAfter(state.lastAt)) {
            state.lastAt = sample.at();
        }
        Instant now = clock.instant();
        if (state.active && Duration.between(sample.at(), now).compareTo(staleLimit(rule)) <= 0) {
            state.active = false;
            return new Action(false, rule, sample.meter(), now, "reading at " + sample.at());
        }
        return null;
    }

    private static Duration staleLimit(Rule rule) {
        return Duration.ofSeconds((long) rule.intervalSeconds() * rule.intervals());
    }

    private Action evaluate(Rule rule, State state, Sample sample) {
        BigDecimal measure = sample.value();
        if (rule.kind() == RuleKind.RATE_OF_CHANGE) {
            measure = rate(state, sample);
        }
        state.lastAt = sample.at();
        state.lastValue = sample.value();
        if (measure == null) {
            return null; // the first reading has no rate
        }
        boolean on;
        boolean off;
        switch (rule.kind()) {
            case HIGH:
                on = measure.compareTo(rule.threshold()) > 0;
                off = measure.compareTo(rule.threshold().subtract(rule.deadband())) <= 0;
                break;
            case LOW:
                on = measure.compareTo(rule.threshold()) < 0;
                off = measure.compareTo(rule.threshold().add(rule.deadband())) >= 0;
                break;
            default: // RATE_OF_CHANGE, in units per minute, either way
                on = measure.abs().compareTo(rule.threshold()) > 0;
                off = measure.abs().compareTo(rule.threshold().subtract(rule.deadband())) <= 0;
                break;
        }
        Instant at = sample.at();
        if (!state.active) {
            state.normalSince = null;
            if (!on) {
                state.pendingSince = null;
                return null;
            }
            if (state.pendingSince == null) {
                state.pendingSince = at;
            }
            if (Duration.between(state.pendingSince, at).getSeconds() < rule.onDelaySeconds()) {
                return null;
            }
            state.active = true;
            state.pendingSince = null;
            return new Action(true, rule, sample.meter(), at, describe(rule, measure));
        }
        state.pendingSince = null;
        if (!off) {
            state.normalSince = null;
            return null;
        }
        if (state.normalSince == null) {
            state.normalSince = at;
        }
        if (Duration.between(state.normalSince, at).getSeconds() < rule.offDelaySeconds()) {
            return null;
        }
        state.active = false;
        state.normalSince = null;
        return new Action(false, rule, sample.meter(), at, rule.readingType() + " back to " + measure.round(new MathContext(8)).stripTrailingZeros().toPlainString());
    }

    /** Change per minute since the previous reading, or null for the first one. */
    private static BigDecimal rate(State state, Sample sample) {
        if (state.lastValue == null) {
            return null;
        }
        long millis = Duration.between(state.lastAt, sample.at()).toMillis();
        return sample.value().subtract(state.lastValue).multiply(BigDecimal.valueOf(60_000))
                .divide(BigDecimal.valueOf(millis), MathContext.DECIMAL64);
    }

    private static String describe(Rule rule, BigDecimal measure) {
        String value = measure.round(new MathContext(8)).stripTrailingZeros().toPlainString();
        String limit = rule.threshold().stripTrailingZeros().toPlainString();
        switch (rule.kind()) {
            case HIGH: return rule.readingType() + " " + value + " above " + limit + " (rule '" + rule.name() + "')";
            case LOW: return rule.readingType() + " " + value + " below " + limit + " (rule '" + rule.name() + "')";
            default: return rule.readingType() + " changing " + value + "/min, limit " + limit + "/min (rule '" + rule.name() + "')";
        }
    }
}
