package io.openemp.access.console.internal.karaf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.security.PrivilegedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.junit.Rule;
import org.junit.Test;

import io.openemp.access.console.internal.ConsoleFixture;
import io.openemp.rpc.api.RpcDispatcher;

/**
 * The Karaf side: the actions Karaf's extender will find, their scope, names, arguments and completers, and
 * completers that complete as the session's JAAS user.
 */
public class KarafWiringTest {

    @Rule
    public ConsoleFixture console = new ConsoleFixture();

    private static final List<Class<?>> ACTIONS = List.of(ComponentListAction.class, MethodListAction.class,
            MethodDescribeAction.class, CallAction.class);

    @Test
    public void theFourCommandsAreServicesInTheEmpScope() {
        Map<String, Class<?>> names = new TreeMap<>();
        for (Class<?> action : ACTIONS) {
            assertNotNull(action + " is a @Service", action.getAnnotation(Service.class));
            Command command = action.getAnnotation(Command.class);
            assertEquals("emp", command.scope());
            names.put(command.name(), action);
        }
        assertEquals(Set.of("component-list", "method-list", "method-describe", "call"), names.keySet());
    }

    @Test
    public void argumentsCompleteComponentIdsAndMethodNames() throws Exception {
        assertEquals(ComponentIdCompleter.class, completion(MethodListAction.class, "component"));
        assertEquals(MethodNameCompleter.class, completion(MethodDescribeAction.class, "method"));
        assertEquals(MethodNameCompleter.class, completion(CallAction.class, "method"));
        Argument params = CallAction.class.getDeclaredField("params").getAnnotation(Argument.class);
        assertEquals(1, params.index());
        assertEquals(false, params.required());
    }

    @Test
    public void everyActionAndCompleterGetsTheDispatcherInjected() throws Exception {
        List<Class<?>> all = new ArrayList<>(ACTIONS);
        all.add(ComponentIdCompleter.class);
        all.add(MethodNameCompleter.class);
        for (Class<?> type : all) {
            Field field = type.getDeclaredField("dispatcher");
            assertEquals(RpcDispatcher.class, field.getType());
            assertNotNull(type + " has @Reference", field.getAnnotation(Reference.class));
        }
        assertNotNull(ComponentIdCompleter.class.getAnnotation(Service.class));
        assertNotNull(MethodNameCompleter.class.getAnnotation(Service.class));
    }

    @Test
    @SuppressWarnings("removal")
    public void completersCompleteAsTheSessionUser() {
        MethodNameCompleter methods = new MethodNameCompleter();
        methods.dispatcher = console.dispatcher;
        ComponentIdCompleter components = new ComponentIdCompleter();
        components.dispatcher = console.dispatcher;
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("vic"));
        subject.getPrincipals().add(new RolePrincipal("viewer"));

        List<String> methodCandidates = Subject.doAs(subject,
                (PrivilegedAction<List<String>>) () -> complete(methods, "emp:call meter.re"));
        List<String> componentCandidates = Subject.doAs(subject,
                (PrivilegedAction<List<String>>) () -> complete(components, "emp:method-list ta"));

        assertEquals(List.of("meter.read", "meter.record"), methodCandidates.stream().map(String::strip).sorted().toList());
        assertEquals(List.of("tariff"), componentCandidates.stream().map(String::strip).toList());
        assertTrue("outside a session there is no user, so nothing to offer", complete(methods, "emp:call m").isEmpty());
    }

    private static Class<?> completion(Class<?> action, String field) throws NoSuchFieldException {
        Field f = action.getDeclaredField(field);
        assertNotNull(f.getAnnotation(Argument.class));
        return f.getAnnotation(Completion.class).value();
    }

    /** Completes the last word of {@code line} with the cursor at its end. */
    private static List<String> complete(Completer completer, String line) {
        String[] words = line.split(" ");
        String last = words[words.length - 1];
        CommandLine commandLine = new CommandLine() {
            public int getCursorArgumentIndex() {
                return words.length - 1;
            }

            public String getCursorArgument() {
                return last;
            }

            public int getArgumentPosition() {
                return last.length();
            }

            public String[] getArguments() {
                return words;
            }

            public int getBufferPosition() {
                return line.length();
            }

            public String getBuffer() {
                return line;
            }
        };
        List<String> candidates = new ArrayList<>();
        completer.complete(null, commandLine, candidates);
        return candidates;
    }
}
