package io.openemp.access.console.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Rule;
import org.junit.Test;

/** Completion candidates come from rpc.components through the dispatcher. */
public class CompletionsTest {

    @Rule
    public ConsoleFixture console = new ConsoleFixture();

    @Test
    public void componentIdsOnceEachSorted() {
        assertEquals(List.of("meter", "rpc", "tariff"),
                new Completions(console.dispatcher, ConsoleFixture.VIEWER).componentIds());
    }

    @Test
    public void methodNamesOfActiveComponentsSorted() {
        assertEquals(List.of("meter.ping", "meter.read", "meter.record", "rpc.components", "rpc.describe",
                "rpc.discover", "rpc.stats", "tariff.price"),
                new Completions(console.dispatcher, ConsoleFixture.VIEWER).methodNames());
    }

    @Test
    public void methodsGoAwayWithTheirComponent() {
        console.registry.remove(console.meterKey);

        assertEquals(List.of("rpc", "tariff"), new Completions(console.dispatcher, ConsoleFixture.VIEWER).componentIds());
        assertEquals(List.of("rpc.components", "rpc.describe", "rpc.discover", "rpc.stats", "tariff.price"),
                new Completions(console.dispatcher, ConsoleFixture.VIEWER).methodNames());
    }

    @Test
    public void withoutAUserThereAreNoCandidatesAndNoFailure() {
        Completions completions = new Completions(console.dispatcher, null);

        assertEquals(List.of(), completions.componentIds());
        assertEquals(List.of(), completions.methodNames());
        assertEquals(2, console.dispatcher.requests.get());
    }
}
