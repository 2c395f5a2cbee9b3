package io.openemp.itests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;

import io.openemp.plugin.api.RpcComponent;

/** The emp:* console commands in the booted distribution, run as a console user with their roles. */
public class ConsoleIT extends PlatformTestSupport {

    @Inject
    private SessionFactory sessions;

    private ServiceRegistration<RpcComponent> registration;

    @Before
    public void registerComponent() throws Exception {
        registration = context.registerService(RpcComponent.class, new ItestComponent("console-test"), null);
        // Karaf registers a bundle's commands once the services they need are there, which can be after HTTP answers
        long deadline = System.currentTimeMillis() + 60_000;
        while (sessions.getRegistry().getCommand("emp", "call") == null
                || sessions.getRegistry().getCommand("emp", "component-list") == null) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the emp:* commands were not registered within 60 s");
            }
            Thread.sleep(100);
        }
    }

    @After
    public void unregister() {
        registration.unregister();
    }

    /** Runs {@code command} as {@code user} with {@code roles}; returns what it printed, or throws its failure. */
    private String run(String user, String command, String... roles) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new ByteArrayInputStream(new byte[0]), print, print);
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } finally {
            print.flush();
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void listsComponentsAndMethods() throws Exception {
        String components = run("admin", "emp:component-list", "admin");
        assertTrue(components, components.contains("system") && components.contains("console-test"));
        String methods = run("admin", "emp:method-list console-test", "admin");
        assertTrue(methods, methods.contains("console-test.subtract"));
        String described = run("admin", "emp:method-describe console-test.subtract", "admin");
        assertTrue(described, described.contains("minuend") && described.contains("integer"));
    }

    @Test
    public void callsGoThroughTheDispatcherWithTheConsoleUsersRoles() throws Exception {
        assertTrue(run("admin", "emp:call console-test.subtract '[42, 23]'", "admin").contains("19"));
        assertTrue(run("mia", "emp:call console-test.whoami", "manager").contains("mia via console"));
        try {
            String out = run("vera", "emp:call console-test.whoami", "viewer");
            fail("a viewer may not call whoami, yet the command printed: " + out);
        } catch (Exception expected) {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = expected; t != null; t = t.getCause()) {
                messages.append(t).append(" / ");
            }
            assertTrue(messages.toString(), messages.toString().contains("-32001"));
        }
    }
}
