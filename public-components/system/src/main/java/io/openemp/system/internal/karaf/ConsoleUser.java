package io.openemp.system.internal.karaf;

import java.security.AccessController;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import io.openemp.plugin.api.Caller;

/** The shell session's JAAS user as a {@link Caller} (transport {@code console}), or {@code null}. */
final class ConsoleUser {

    private ConsoleUser() {
    }

    @SuppressWarnings("removal") // Subject.getSubject: how Karaf 4.4 hands the session's subject to commands
    static Caller current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return null;
        }
        String user = subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst().orElse(null);
        if (user == null) {
            return null;
        }
        Set<String> roles = new TreeSet<>();
        subject.getPrincipals(RolePrincipal.class).forEach(p -> roles.add(p.getName()));
        return Caller.of(user, roles, "console");
    }
}
