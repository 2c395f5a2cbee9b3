package io.openemp.event.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.openemp.event.api.Rule;
import io.openemp.event.api.RuleKind;
import io.openemp.event.api.Severity;

/**
 * Figures for the README (a test-source main, not part of mvn test): rule evaluation, alarm raises on the
 * embedded store, and stream fan-out. Run from the module folder, see README.
 */
public final class Throughput {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        ManualClock clock = new ManualClock(Fixture.T0);

        // 1. rules: 1000 meters, each with a HIGH and a LOW rule on its voltage, plus one wildcard RATE_OF_CHANGE
        RuleEngine engine = new RuleEngine(clock);
        for (int m = 0; m < 1000; m++) {
            engine.put(rule("h" + m, RuleKind.HIGH, "M-" + m, "253"));
            engine.put(rule("l" + m, RuleKind.LOW, "M-" + m, "207"));
        }
        engine.put(rule("r", RuleKind.RATE_OF_CHANGE, "*", "50"));
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            samples.add(new Sample("M-" + (i % 1000), "voltage", Fixture.T0.plusSeconds(i / 1000 * 60L),
                    new BigDecimal(220 + i % 40 + ".5")));
        }
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            int actions = 0;
            for (int i = 0; i < n; i++) {
                Sample s = samples.get(i % samples.size());
                actions += engine.onReading(new Sample(s.meter(), s.readingType(), s.at().plusSeconds(600L * (i / samples.size())), s.value())).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("rules: %d readings against 2001 rules in %.2f s = %.0f readings/s (%d alarm actions)%n",
                    n, seconds, n / seconds, actions);
        }

        // 2. alarm raises and acknowledgements on the embedded store (in memory)
        try (Fixture fixture = new Fixture()) {
            EventService events = fixture.fresh();
            int raises = 2000;
            long start = System.nanoTime();
            for (int i = 0; i < raises; i++) {
                events.raise("M-" + (i % 200), "c", Severity.LOW, "m", "u");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("store: %d raises (200 alarms, then repeats) in %.2f s = %.0f raises/s%n", raises, seconds, raises / seconds);
            List<String> ids = new ArrayList<>();
            events.list(Fixture.ANN, null, null, false, 1000).forEach(a -> ids.add(a.id()));
            start = System.nanoTime();
            for (String id : ids) {
                events.acknowledge(Fixture.ANN, id, null);
            }
            seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("store: %d acknowledgements (with audit entry) in %.2f s = %.0f/s%n", ids.size(), seconds, ids.size() / seconds);
        }

        // 3. stream fan-out: 20 clients, each wanting half the events
        StreamHub hub = new StreamHub(1000, 1_000_000, 1);
        List<StreamClient> clients = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            String county = c % 2 == 0 ? "a" : "b";
            clients.add(hub.subscribe("c" + c, e -> county.equals(e.source()), null));
        }
        int published = 200_000;
        long start = System.nanoTime();
        for (int i = 0; i < published; i++) {
            hub.publish("alarm", i % 2 == 0 ? "a" : "b", "{\"type\":\"raised\"}");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("stream: %d events to 20 filtering clients in %.2f s = %.0f events/s%n", published, seconds, published / seconds);
        System.out.println("at " + Instant.now());
    }

    private static Rule rule(String id, RuleKind kind, String meter, String threshold) {
        return new Rule(id, id, kind, meter, "voltage", new BigDecimal(threshold), BigDecimal.ONE, 0, 0, null, null,
                Severity.MEDIUM, Fixture.T0, "bench");
    }
}
