package io.openemp.event.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import io.openemp.event.api.Rule;
import io.openemp.event.api.RuleKind;
import io.openemp.event.api.RuleSpec;
import io.openemp.event.api.Severity;

/** The rules' decisions, reading by reading, on a clock the test moves. */
public class RuleEngineTest {

    private static final Instant T0 = Fixture.T0;
    private final ManualClock clock = new ManualClock(T0);
    private final RuleEngine engine = new RuleEngine(clock);
    private final List<String> log = new ArrayList<>();

    private Rule rule(String id, RuleKind kind, String meter, String threshold, String deadband, Integer on, Integer off)
            throws Exception {
        RuleSpec spec = new RuleSpec("r-" + id, kind, meter, "voltage", threshold == null ? null : new BigDecimal(threshold),
                deadband == null ? null : new BigDecimal(deadband), on, off, null, null, Severity.HIGH);
        Rule valid = RuleValidator.validate(spec, "ann", T0);
        Rule rule = new Rule(id, valid.name(), valid.kind(), valid.meter(), valid.readingType(), valid.threshold(),
                valid.deadband(), valid.onDelaySeconds(), valid.offDelaySeconds(), valid.intervalSeconds(), valid.intervals(),
                valid.severity(), valid.createdAt(), valid.createdBy());
        engine.put(rule);
        return rule;
    }

    /** Feeds a reading {@code seconds} after T0 and returns what the engine decided, e.g. "raise M-1" or "". */
    private String feed(String meter, int seconds, String value) {
        List<RuleEngine.Action> actions = engine.onReading(new Sample(meter, "voltage", T0.plusSeconds(seconds), new BigDecimal(value)));
        StringBuilder b = new StringBuilder();
        for (RuleEngine.Action a : actions) {
            b.append(b.length() == 0 ? "" : ", ").append(a.raise() ? "raise " : "clear ").append(a.rule().id()).append(' ').append(a.meter());
            log.add(a.message());
        }
        return b.toString();
    }

    @Test
    public void highWithDeadband() throws Exception {
        rule("h", RuleKind.HIGH, "M-1", "230", "2", null, null);
        assertEquals("", feed("M-1", 0, "229.9"));
        assertEquals("", feed("M-1", 60, "230"));           // at the threshold: not above
        assertEquals("raise h M-1", feed("M-1", 120, "230.1"));
        assertEquals("voltage 230.1 above 230 (rule 'r-h')", log.get(0));
        assertEquals("", feed("M-1", 180, "235"));           // still high: no second raise
        assertEquals("", feed("M-1", 240, "228.5"));         // below the threshold but inside the deadband
        assertEquals("clear h M-1", feed("M-1", 300, "228"));  // at threshold - deadband
        assertEquals("", feed("M-1", 360, "229"));
        assertEquals("raise h M-1", feed("M-1", 420, "231"));
    }

    @Test
    public void lowWithDeadband() throws Exception {
        rule("l", RuleKind.LOW, "M-1", "207", "3", null, null);
        assertEquals("raise l M-1", feed("M-1", 0, "206.99"));
        assertEquals("", feed("M-1", 60, "209.9"));
        assertEquals("clear l M-1", feed("M-1", 120, "210"));
    }

    @Test
    public void onDelayNeedsTheConditionToHoldThatLong() throws Exception {
        rule("h", RuleKind.HIGH, "M-1", "230", "0", 300, null);
        assertEquals("", feed("M-1", 0, "240"));
        assertEquals("", feed("M-1", 120, "240"));
        assertEquals("", feed("M-1", 180, "229"));           // dipped: the delay starts again
        assertEquals("", feed("M-1", 240, "240"));
        assertEquals("", feed("M-1", 539, "240"));           // 299 s
        assertEquals("raise h M-1", feed("M-1", 540, "240")); // 300 s
    }

    @Test
    public void offDelayNeedsNormalToHoldThatLong() throws Exception {
        rule("h", RuleKind.HIGH, "M-1", "230", "0", null, 120);
        assertEquals("raise h M-1", feed("M-1", 0, "240"));
        assertEquals("", feed("M-1", 60, "220"));
        assertEquals("", feed("M-1", 120, "231"));           // high again: normal time starts over
        assertEquals("", feed("M-1", 180, "220"));
        assertEquals("", feed("M-1", 299, "220"));
        assertEquals("clear h M-1", feed("M-1", 300, "220"));
    }

    @Test
    public void rateOfChangePerMinuteEitherWay() throws Exception {
        rule("r", RuleKind.RATE_OF_CHANGE, "M-1", "10", "2", null, null);
        assertEquals("", feed("M-1", 0, "100"));              // no rate yet
        assertEquals("", feed("M-1", 60, "110"));             // 10/min: not above
        assertEquals("raise r M-1", feed("M-1", 90, "116"));  // 6 in 30 s = 12/min
        assertTrue(log.get(0), log.get(0).contains("changing 12/min, limit 10/min"));
        assertEquals("", feed("M-1", 150, "107"));            // -9/min: inside the deadband
        assertEquals("clear r M-1", feed("M-1", 210, "99"));  // -8/min
        assertEquals("raise r M-1", feed("M-1", 240, "92"));  // -14/min
    }

    @Test
    public void outOfOrderReadingsAreIgnored() throws Exception {
        rule("h", RuleKind.HIGH, "M-1", "230", "0", null, null);
        assertEquals("", feed("M-1", 100, "220"));
        assertEquals("", feed("M-1", 50, "300"));
        assertEquals("", feed("M-1", 100, "300"));
        assertEquals("raise h M-1", feed("M-1", 101, "300"));
    }

    @Test
    public void aWildcardRuleKeepsOneStatePerMeterAndOtherTypesAreIgnored() throws Exception {
        rule("h", RuleKind.HIGH, "*", "230", "0", 60, null);
        assertEquals("", feed("M-1", 0, "240"));
        assertEquals("", feed("M-2", 30, "240"));
        assertEquals("raise h M-1", feed("M-1", 60, "240"));
        assertEquals("", feed("M-2", 60, "240"));
        assertEquals("raise h M-2", feed("M-2", 90, "240"));
        assertEquals(List.of(), engine.onReading(new Sample("M-1", "current", T0.plusSeconds(200), new BigDecimal("999"))));
        rule("m3", RuleKind.HIGH, "M-3", "230", "0", null, null);
        // the wildcard rule starts its on-delay for M-3; M-3's own rule has none
        assertEquals("raise m3 M-3", feed("M-3", 100, "500"));
        assertEquals("raise h M-3", feed("M-3", 160, "500"));
    }

    @Test
    public void staleDataAfterNIntervalsAndBackWithAFreshReading() throws Exception {
        RuleSpec spec = new RuleSpec("stale", RuleKind.STALE, "M-1", "voltage", null, null, null, null, 900, 3, null);
        Rule valid = RuleValidator.validate(spec, "ann", T0);
        Rule rule = new Rule("s", valid.name(), valid.kind(), valid.meter(), valid.readingType(), null, valid.deadband(), 0, 0,
                valid.intervalSeconds(), valid.intervals(), valid.severity(), T0, "ann");
        engine.put(rule);
        // the named meter never reported: stale 45 min after the rule started watching
        clock.set(T0.plus(Duration.ofMinutes(45)));
        assertEquals(List.of(), engine.checkStale());
        clock.set(T0.plus(Duration.ofMinutes(45)).plusSeconds(1));
        List<RuleEngine.Action> raised = engine.checkStale();
        assertEquals(1, raised.size());
        assertTrue(raised.get(0).raise());
        assertEquals("M-1", raised.get(0).meter());
        assertEquals(List.of(), engine.checkStale());
        // a late reading (older than the limit) does not clear; a fresh one does
        clock.set(T0.plus(Duration.ofMinutes(50)));
        assertEquals("", feed("M-1", 60, "230"));              // 49 min old
        assertEquals("clear s M-1", feed("M-1", 50 * 60 - 10, "230"));
        clock.set(T0.plus(Duration.ofMinutes(50 + 45)).minusSeconds(10));
        assertEquals(List.of(), engine.checkStale());         // exactly 45 min since the last reading
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, engine.checkStale().size());
    }

    @Test
    public void aWildcardStaleRuleWatchesMetersOnceSeen() throws Exception {
        RuleSpec spec = new RuleSpec("stale", RuleKind.STALE, "*", "voltage", null, null, null, null, 60, 2, null);
        Rule valid = RuleValidator.validate(spec, "ann", T0);
        engine.put(new Rule("s", valid.name(), valid.kind(), "*", "voltage", null, valid.deadband(), 0, 0, 60, 2,
                valid.severity(), T0, "ann"));
        clock.set(T0.plusSeconds(3600));
        assertEquals("meters never seen are not known", List.of(), engine.checkStale());
        feed("M-1", 3600, "1");
        feed("M-2", 3630, "1");
        clock.set(T0.plusSeconds(3600 + 121));
        List<RuleEngine.Action> actions = engine.checkStale();
        assertEquals(1, actions.size());
        assertEquals("M-1", actions.get(0).meter());
    }

    @Test
    public void removingARuleForgetsItsState() throws Exception {
        rule("h", RuleKind.HIGH, "M-1", "230", "0", null, null);
        assertEquals("raise h M-1", feed("M-1", 0, "240"));
        engine.remove("h");
        assertEquals("", feed("M-1", 60, "240"));
        rule("h", RuleKind.HIGH, "M-1", "230", "0", null, null);
        assertEquals("a fresh rule raises again", "raise h M-1", feed("M-1", 120, "240"));
        engine.restoreActive("h", "M-2");
        assertEquals("a restored active state does not raise twice", "", feed("M-2", 120, "240"));
    }
}
