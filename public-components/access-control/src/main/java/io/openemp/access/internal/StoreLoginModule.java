package io.openemp.access.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * The JAAS login module of the realm {@code karaf} (console, ssh, and anything else logging in through JAAS): checks
 * the name and password against the user store through {@link AccessService#passwordLogin}, so backoff, lockout and
 * audit apply as for HTTP. The service arrives in the options (Karaf's proxy passes them on as they are).
 */
public class StoreLoginModule implements LoginModule {

    /** The option holding the {@link AccessService}. */
    static final String SERVICE = "io.openemp.access.service";

    private Subject subject;
    private CallbackHandler handler;
    private AccessService service;
    private String user;
    private Set<String> roles;
    private final List<Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.service = (AccessService) options.get(SERVICE);
    }

    @Override
    public boolean login() throws LoginException {
        if (service == null) {
            throw new LoginException("the OpenEMP user store is not available");
        }
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            handler.handle(new Callback[] { name, password });
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("cannot ask for credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword();
        password.clearPassword();
        String transport = "jaas";
        String source = null;
        for (ClientPrincipal client : subject.getPrincipals(ClientPrincipal.class)) {
            transport = client.getMethod();
            source = client.getAddress();
        }
        Optional<Set<String>> found = service.passwordLogin(name.getName(), secret == null ? null : secret, transport, source);
        if (secret != null) {
            java.util.Arrays.fill(secret, '\0');
        }
        if (found.isEmpty()) {
            throw new FailedLoginException("login refused");
        }
        user = name.getName();
        roles = found.get();
        return true;
    }

    @Override
    public boolean commit() {
        if (user == null) {
            return false;
        }
        added.add(new UserPrincipal(user));
        roles.forEach(role -> added.add(new RolePrincipal(role)));
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        return logout();
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        user = null;
        roles = null;
        return true;
    }
}
