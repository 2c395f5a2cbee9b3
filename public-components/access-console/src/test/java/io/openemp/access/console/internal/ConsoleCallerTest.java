package io.openemp.access.console.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.security.PrivilegedAction;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.Test;

import io.openemp.plugin.api.Caller;

/** The console user is the JAAS subject Karaf runs the shell session in. */
public class ConsoleCallerTest {

    private static Subject subject(java.security.Principal... principals) {
        Subject subject = new Subject();
        subject.getPrincipals().addAll(Set.of(principals));
        return subject;
    }

    @Test
    public void userAndRolePrincipalsMakeAConsoleCaller() {
        Caller caller = ConsoleCaller.of(subject(new UserPrincipal("olga"), new RolePrincipal("viewer"),
                new RolePrincipal("manager"), new GroupPrincipal("operators")));

        assertEquals("olga", caller.user());
        assertEquals(Set.of("viewer", "manager"), caller.roles());
        assertEquals("console", caller.transport());
    }

    @Test
    public void aUserWithoutRolesIsStillACaller() {
        assertEquals(Set.of(), ConsoleCaller.of(subject(new UserPrincipal("vic"))).roles());
    }

    @Test
    public void noSubjectOrNoUserMeansNoCaller() {
        assertNull(ConsoleCaller.of(null));
        assertNull(ConsoleCaller.of(subject(new RolePrincipal("admin"))));
    }

    @Test
    @SuppressWarnings("removal")
    public void theCurrentCallerIsTheSubjectTheThreadRunsAs() {
        Subject subject = subject(new UserPrincipal("olga"), new RolePrincipal("admin"));

        Caller inside = Subject.doAs(subject, (PrivilegedAction<Caller>) ConsoleCaller::current);

        assertEquals("olga", inside.user());
        assertEquals(Set.of("admin"), inside.roles());
        assertNull(ConsoleCaller.current());
    }
}
