package io.openemp.access.console.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Rule;
import org.junit.Test;

/** emp:method-list shows name, roles and summary of each method from rpc.discover. */
public class MethodListCommandTest {

    @Rule
    public ConsoleFixture console = new ConsoleFixture();

    @Test
    public void listsAllMethodsWithRolesAndSummary() throws Exception {
        new MethodListCommand(console.dispatcher, ConsoleFixture.VIEWER).execute(null, console.out, false);

        List<List<String>> rows = Tables.rows(console.output());
        assertEquals(List.of("meter.ping", "meter.read", "meter.record", "rpc.components", "rpc.describe",
                "rpc.discover", "rpc.stats", "tariff.price"), Tables.column(rows, 0));
        assertEquals(List.of("meter.read", "viewer", "Latest reading of a meter"), rows.get(1));
        assertEquals(List.of("meter.record", "manager", "Records a reading"), rows.get(2));
        assertEquals(MethodListCommand.ANY_USER, rows.get(0).get(1));
    }

    @Test
    public void filtersByComponent() throws Exception {
        new MethodListCommand(console.dispatcher, ConsoleFixture.VIEWER).execute("tariff", console.out, false);

        assertEquals(List.of(List.of("tariff.price", "viewer", "Price of a tariff in cents per kWh")),
                Tables.rows(console.output()));
    }

    @Test
    public void aPrefixOfAComponentIdIsNotAComponent() {
        try {
            new MethodListCommand(console.dispatcher, ConsoleFixture.VIEWER).execute("met", console.out, false);
            fail("'met' is not a component");
        } catch (CommandFailedException e) {
            assertEquals("", console.output());
        }
    }

    @Test
    public void formattedListOfOneComponentHasAHeaderAndOnlyItsMethods() throws Exception {
        new MethodListCommand(console.dispatcher, ConsoleFixture.OPERATOR).execute("meter", console.out, true);

        String output = console.output();
        assertTrue(output.contains("Method"));
        assertTrue(output.contains("meter.record"));
        assertFalse(output.contains("tariff"));
    }

    @Test
    public void anUnknownComponentFailsTheCommand() {
        try {
            new MethodListCommand(console.dispatcher, ConsoleFixture.VIEWER).execute("nope", console.out, true);
            fail("unknown component");
        } catch (CommandFailedException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("No component 'nope' is registered"));
        }
    }
}
