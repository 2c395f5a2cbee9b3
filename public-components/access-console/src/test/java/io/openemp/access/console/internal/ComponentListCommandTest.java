package io.openemp.access.console.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Rule;
import org.junit.Test;

/** emp:component-list shows what rpc.components answers, one row per component. */
public class ComponentListCommandTest {

    @Rule
    public ConsoleFixture console = new ConsoleFixture();

    @Test
    public void listsEveryComponentWithVersionStateBundleMethodCountAndReason() throws Exception {
        new ComponentListCommand(console.dispatcher, ConsoleFixture.VIEWER).execute(console.out, false);

        List<List<String>> rows = Tables.rows(console.output());
        assertEquals(4, rows.size());
        assertEquals(List.of("meter", "1.2.0", "active", "io.openemp.test.meter", "1.0.0", "3", ""), rows.get(0));
        assertEquals("rpc", rows.get(1).get(0));
        assertEquals(List.of("tariff", "0.3.0", "active", "io.openemp.test.tariff", "1.0.0", "1", ""), rows.get(2));
        List<String> refused = rows.get(3);
        assertEquals(List.of("tariff", "failed", "io.openemp.test.tariff-copy"), List.of(refused.get(0), refused.get(2), refused.get(3)));
        assertEquals("id 'tariff' is already served by io.openemp.test.tariff 1.0.0", refused.get(6));
    }

    @Test
    public void formattedTableHasAHeaderRow() throws Exception {
        new ComponentListCommand(console.dispatcher, ConsoleFixture.VIEWER).execute(console.out, true);

        String header = console.output().split("\n")[0];
        for (String column : List.of("Id", "Version", "State", "Bundle", "Bundle version", "Methods", "Reason")) {
            assertTrue(header + " has " + column, header.contains(column));
        }
    }

    @Test
    public void withoutALoggedInUserTheDispatcherRefusesAndTheCommandFails() {
        try {
            new ComponentListCommand(console.dispatcher, null).execute(console.out, true);
            fail("a session without a user may not list components");
        } catch (CommandFailedException e) {
            assertEquals("rpc.components answered error -32000 (Unauthorized)", e.getMessage());
        }
        assertTrue(console.output().startsWith("Error -32000: Unauthorized\n"));
        assertTrue(console.output().contains("no logged-in user"));
    }
}
