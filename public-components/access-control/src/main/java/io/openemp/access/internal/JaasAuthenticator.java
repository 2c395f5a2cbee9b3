package io.openemp.access.internal;

import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.access.api.Authenticator;
import io.openemp.plugin.api.Caller;

/** {@link Authenticator} on the platform's JAAS realm, with a short cache of successful logins. */
@Component(service = Authenticator.class, configurationPid = "io.openemp.access")
@Designate(ocd = AccessConfig.class)
public class JaasAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private volatile String realm;
    private volatile CredentialCache cache;

    @Activate
    @Modified
    void configure(AccessConfig config) {
        realm = config.realm();
        cache = new CredentialCache(config.loginCacheSeconds() * 1000L, 10_000, System::currentTimeMillis);
    }

    @Override
    public Optional<Caller> authenticate(String user, char[] password, String transport) {
        if (user == null || user.isEmpty() || password == null) {
            return Optional.empty();
        }
        CredentialCache current = cache;
        Set<String> roles = current.get(user, password);
        if (roles == null) {
            roles = login(user, password);
            if (roles == null) {
                return Optional.empty();
            }
            current.put(user, password, roles);
        }
        return Optional.of(Caller.of(user, roles, transport));
    }

    private Set<String> login(String user, char[] password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads Karaf's proxy login module through the context class loader.
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> answer(callbacks, user, password));
            login.login();
            Set<String> roles = new HashSet<>();
            for (Principal principal : subject.getPrincipals()) {
                if (principal instanceof RolePrincipal) {
                    roles.add(principal.getName());
                }
            }
            try {
                login.logout();
            } catch (LoginException ignored) {
                // the subject is discarded anyway
            }
            return roles;
        } catch (LoginException e) {
            LOG.info("Login of '{}' refused: {}", user, e.getMessage());
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void answer(Callback[] callbacks, String user, char[] password) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(user);
            } else if (callback instanceof PasswordCallback pass) {
                pass.setPassword(password.clone());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
