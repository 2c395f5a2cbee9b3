package io.openemp.plugin.gdw376.internal.karaf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.junit.Test;

import io.openemp.plugin.gdw376.api.Hex;
import io.openemp.plugin.gdw376.api.Samples;
import io.openemp.plugin.gdw376.internal.Gdw376Component;

/** emp:gdw376-decode: how Karaf finds it, and what it prints. */
public class DecodeActionTest {

    @Test
    public void itIsAServiceInTheEmpScopeTakingTheHexAsManyArguments() throws Exception {
        assertNotNull(DecodeAction.class.getAnnotation(Service.class));
        Command command = DecodeAction.class.getAnnotation(Command.class);
        assertEquals("emp", command.scope());
        assertEquals("gdw376-decode", command.name());
        Field hex = DecodeAction.class.getDeclaredField("hex");
        Argument argument = hex.getAnnotation(Argument.class);
        assertTrue(argument.multiValued());
        assertTrue(argument.required());
        assertNotNull(DecodeAction.class.getDeclaredField("gdw376").getAnnotation(Reference.class));
    }

    @Test
    public void itPrintsEveryFieldWithItsMeaning() throws Exception {
        String text = run(List.of(Hex.format(Samples.get("rafn13f1"))));
        assertTrue(text, text.startsWith("up AFN 0D"));
        assertTrue(text, text.contains("frozenDay"));
        assertTrue(text, text.contains("2018-08-27"));
        assertTrue(text, text.contains("forwardActive"));
        assertTrue(text, text.contains("0.0100 kWh"));
        assertTrue(text, text.contains("daily frozen forward active"));
    }

    @Test
    public void itPrintsTheRejectionOfABrokenFrame() throws Exception {
        String text = run(List.of("68", "32", "00", "32", "00", "68", "c9"));
        assertTrue(text, text.contains("REJECTED: TRUNCATED at byte 7"));
    }

    private static String run(List<String> hex) throws Exception {
        DecodeAction action = new DecodeAction();
        action.gdw376 = new Gdw376Component();
        action.hex = hex;
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.execute();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
