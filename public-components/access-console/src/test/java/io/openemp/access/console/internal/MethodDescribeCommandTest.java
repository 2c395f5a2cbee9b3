package io.openemp.access.console.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Rule;
import org.junit.Test;

/** emp:method-describe prints what rpc.describe answers, schemas pretty-printed. */
public class MethodDescribeCommandTest {

    @Rule
    public ConsoleFixture console = new ConsoleFixture();

    @Test
    public void describesSummaryRolesParamsWithSchemasAndResult() throws Exception {
        new MethodDescribeCommand(console.dispatcher, ConsoleFixture.VIEWER).execute("meter.record", console.out);

        String output = console.output();
        assertTrue(output, output.startsWith("Method:   meter.record\n"
                + "Summary:  Records a reading\n"
                + "Roles:    manager\n"
                + "Mutating: yes\n"
                + "Timeout:  2000 ms\n"
                + "Params:\n"
                + "  reading (required)\n"
                + "    {\n"
                + "      \"type\": \"object\",\n"));
        assertTrue(output, output.contains("        \"kwh\": {\n          \"type\": \"number\"\n        },\n"));
        assertTrue(output, output.contains("  note (optional)\n    free text\n    {\n      \"type\": \"string\"\n    }\n"));
        int result = output.indexOf("Result:\n  {\n    \"type\": \"object\",\n");
        assertTrue(output, result > output.indexOf("note (optional)"));
        assertTrue(output, output.substring(result).contains("\"recordedBy\": {"));
    }

    @Test
    public void aMethodWithoutParamsOrRolesSaysSo() throws Exception {
        new MethodDescribeCommand(console.dispatcher, ConsoleFixture.VIEWER).execute("meter.ping", console.out);

        String output = console.output();
        assertTrue(output, output.contains("Roles:    " + MethodListCommand.ANY_USER + "\n"));
        assertTrue(output, output.contains("Mutating: no\nTimeout:  platform default\nParams:   none\n"));
        assertTrue(output, output.endsWith("Result:\n  {\n    \"type\": \"string\"\n  }\n"));
    }

    @Test
    public void anUnknownMethodFailsWithAPlainMessage() {
        try {
            new MethodDescribeCommand(console.dispatcher, ConsoleFixture.VIEWER).execute("meter.nope", console.out);
            fail("no such method");
        } catch (CommandFailedException e) {
            assertEquals("No method 'meter.nope' is registered (emp:method-list lists them)", e.getMessage());
        }
        assertEquals("", console.output());
    }
}
