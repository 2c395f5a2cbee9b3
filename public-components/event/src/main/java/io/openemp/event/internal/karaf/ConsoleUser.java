package io.openemp.event.internal.karaf;

import java.security.AccessController;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import io.openemp.plugin.api.Caller;

/** The console user: Karaf runs each shell session inside the JAAS subject of who logged in. */
final class ConsoleUser {

    private ConsoleUser() {
    }

    @SuppressWarnings("removal") // Subject.getSubject: how Karaf 4.4 hands the session's subject to commands
    static Caller current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            throw new IllegalStateException("this command needs a logged-in console user");
        }
        String user = subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst()
                .orElseThrow(() -> new IllegalStateException("this command needs a logged-in console user"));
        Set<String> roles = new TreeSet<>();
        subject.getPrincipals(RolePrincipal.class).forEach(p -> roles.add(p.getName()));
        return Caller.of(user, roles, "console");
    }
}
