package io.openemp.access.console.internal;

import java.security.AccessController;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import io.openemp.plugin.api.Caller;

/**
 * The console user as a {@link Caller}: Karaf runs every shell session (local console and ssh) inside the JAAS
 * subject of the user who logged in, with a {@link UserPrincipal} and one {@link RolePrincipal} per role; the
 * caller gets that user name, those roles and the transport {@value #TRANSPORT}.
 */
public final class ConsoleCaller {

    /** The transport recorded in console callers. */
    public static final String TRANSPORT = "console";

    private ConsoleCaller() {
    }

    /** The caller of the current shell session, or {@code null} when the thread runs without a subject. */
    @SuppressWarnings("removal") // Subject.getSubject: how Karaf 4.4 hands the session's subject to commands
    public static Caller current() {
        return of(Subject.getSubject(AccessController.getContext()));
    }

    /** The caller {@code subject} stands for, or {@code null} when there is no subject or it names no user. */
    public static Caller of(Subject subject) {
        if (subject == null) {
            return null;
        }
        String user = null;
        for (UserPrincipal principal : subject.getPrincipals(UserPrincipal.class)) {
            user = principal.getName();
            break;
        }
        if (user == null) {
            return null;
        }
        Set<String> roles = new TreeSet<>();
        for (RolePrincipal principal : subject.getPrincipals(RolePrincipal.class)) {
            roles.add(principal.getName());
        }
        return Caller.of(user, roles, TRANSPORT);
    }
}
