package io.openemp.plugin.collection.internal.karaf;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.karaf.shell.api.action.Action;
import org.junit.Test;

import io.openemp.plugin.collection.internal.ConsoleFixture;

/** The console commands print what the station knows. */
public class ActionsTest {

    private static String run(Action action) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.execute();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void terminalsAndRunPrintTheSessionsAndTheOutcome() throws Exception {
        try (ConsoleFixture fixture = new ConsoleFixture(); AutoCloseable t = fixture.terminal(2082)) {
            TerminalsAction terminals = new TerminalsAction();
            terminals.collection = fixture.component;
            String listed = run(terminals);
            assertTrue(listed, listed.contains("0171-2082") && listed.contains("online") && listed.contains("127.0.0.1"));

            fixture.task("console");
            RunAction runAction = new RunAction();
            runAction.collection = fixture.component;
            runAction.task = "console";
            String outcome = run(runAction);
            // the terminal has no register for p1: it answers nothing, the item fails after its timeout
            assertTrue(outcome, outcome.startsWith("task console: 1 targets, 0 of 1 items collected"));
            assertTrue(outcome, outcome.contains("failed: 0171-2082 AFN 0C p1 F129"));

            StatsAction stats = new StatsAction();
            stats.collection = fixture.component;
            String printed = run(stats);
            assertTrue(printed, printed.startsWith("online 1, frames decoded "));
            assertTrue(printed, printed.contains("task       console"));
            assertTrue(printed, printed.contains("terminal   0171-2082"));
        }
    }
}
