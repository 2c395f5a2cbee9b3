package io.openemp.access.console.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Rule;
import org.junit.Test;

/** emp:call sends params as JSON through the dispatcher and prints the result or the error. */
public class CallCommandTest {

    @Rule
    public ConsoleFixture console = new ConsoleFixture();

    private void call(io.openemp.plugin.api.Caller caller, String method, String params) throws CommandFailedException {
        new CallCommand(console.dispatcher, caller).execute(method, params, console.out);
    }

    @Test
    public void namedParamsAndAPrettyResult() throws Exception {
        call(ConsoleFixture.VIEWER, "meter.read", "{\"meter\": \"M7\"}");

        assertEquals("{\n  \"meter\": \"M7\",\n  \"kwh\": 12.5\n}\n", console.output());
    }

    @Test
    public void positionalParams() throws Exception {
        call(ConsoleFixture.VIEWER, "meter.read", "[\"M7\"]");

        assertEquals("{\n  \"meter\": \"M7\",\n  \"kwh\": 12.5\n}\n", console.output());
    }

    @Test
    public void aTypedRecordParamKeepsEveryDigitAndTheCallerIsTheConsoleUser() throws Exception {
        call(ConsoleFixture.OPERATOR, "meter.record",
                "{\"reading\": {\"meter\": \"M1\", \"kwh\": 12345678901234567.891}, \"note\": \"by hand\"}");

        assertEquals("{\n  \"meter\": \"M1\",\n  \"kwh\": 12345678901234567.891,\n  \"recordedBy\": \"olga\",\n"
                + "  \"note\": \"by hand\"\n}\n", console.output());
    }

    @Test
    public void noParamsAtAll() throws Exception {
        call(ConsoleFixture.VIEWER, "meter.ping", null);
        call(ConsoleFixture.VIEWER, "meter.ping", "  ");

        assertEquals("\"pong\"\n\"pong\"\n", console.output());
    }

    @Test
    public void aCallerWithoutTheRoleIsForbiddenAndTheCommandFails() {
        try {
            call(ConsoleFixture.VIEWER, "meter.record", "[{\"meter\": \"M1\", \"kwh\": 1}]");
            fail("a viewer may not record");
        } catch (CommandFailedException e) {
            assertEquals("meter.record answered error -32001 (Forbidden)", e.getMessage());
        }
        String output = console.output();
        assertTrue(output, output.startsWith("Error -32001: Forbidden\nData:\n{\n"));
        assertTrue(output, output.contains("\"requiredRoles\": [\n    \"manager\"\n  ]"));
    }

    @Test
    public void anApplicationErrorPrintsCodeMessageAndData() {
        try {
            call(ConsoleFixture.VIEWER, "meter.read", "{\"meter\": \"X9\"}");
            fail("unknown meter");
        } catch (CommandFailedException e) {
            assertEquals("meter.read answered error 4040 (Unknown meter)", e.getMessage());
        }
        assertEquals("Error 4040: Unknown meter\nData:\n{\n  \"meter\": \"X9\"\n}\n", console.output());
    }

    @Test
    public void paramsTheSchemaRefusesAreInvalidParams() {
        try {
            call(ConsoleFixture.OPERATOR, "meter.record", "{\"reading\": {\"meter\": \"M1\"}}");
            fail("kwh is required");
        } catch (CommandFailedException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("meter.record answered error -32602 "));
        }
    }

    @Test
    public void anUnknownMethodIsMethodNotFound() {
        try {
            call(ConsoleFixture.VIEWER, "meter.nope", null);
            fail("no such method");
        } catch (CommandFailedException e) {
            assertEquals("meter.nope answered error -32601 (Method not found)", e.getMessage());
        }
    }

    @Test
    public void paramsThatAreNotJsonFailBeforeAnythingIsSent() {
        for (String bad : new String[] {"{\"meter\": }", "{meter: \"M1\"}", "[\"M1\"] trailing", "{\"meter\": \"M1\""}) {
            try {
                call(ConsoleFixture.VIEWER, "meter.read", bad);
                fail(bad + " is not JSON");
            } catch (CommandFailedException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith("Params are not valid JSON: "));
                assertTrue(e.getMessage(), e.getMessage().contains("(line 1, column "));
                assertTrue(e.getMessage(), e.getMessage().endsWith("Nothing was sent."));
            }
        }
        assertEquals(0, console.dispatcher.requests.get());
        assertEquals("", console.output());
    }

    @Test
    public void paramsMustBeAnObjectOrAnArray() {
        try {
            call(ConsoleFixture.VIEWER, "meter.read", "\"M1\"");
            fail("a string is no params");
        } catch (CommandFailedException e) {
            assertEquals("Params must be a JSON object (by name) or array (by position), not string. Nothing was sent.",
                    e.getMessage());
        }
        assertEquals(0, console.dispatcher.requests.get());
    }

    @Test
    public void withoutALoggedInUserEveryCallIsUnauthorized() {
        try {
            call(null, "meter.ping", null);
            fail("no user");
        } catch (CommandFailedException e) {
            assertEquals("meter.ping answered error -32000 (Unauthorized)", e.getMessage());
        }
        assertEquals(1, console.dispatcher.requests.get());
    }
}
