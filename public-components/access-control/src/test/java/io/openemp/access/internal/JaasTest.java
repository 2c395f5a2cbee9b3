package io.openemp.access.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.Test;

import io.openemp.access.internal.Records.AuditEntry;
import io.openemp.access.internal.Records.AuditFilter;

/**
 * The realm {@code karaf} this module registers, and its login module run by the JDK's own LoginContext (Karaf's
 * proxy in front of it needs an OSGi framework: the itests cover that part).
 */
public class JaasTest {

    /** The realm's entry with the module named directly instead of through Karaf's proxy. */
    private static Configuration direct(StoreRealm realm) {
        AppConfigurationEntry entry = realm.getEntries()[0];
        Map<String, Object> options = new HashMap<>(entry.getOptions());
        String module = (String) options.remove(ProxyLoginModule.PROPERTY_MODULE);
        options.remove(ProxyLoginModule.PROPERTY_BUNDLE);
        AppConfigurationEntry[] entries = { new AppConfigurationEntry(module, entry.getControlFlag(), options) };
        return new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return StoreRealm.NAME.equals(name) ? entries : null;
            }
        };
    }

    private static LoginContext login(Configuration config, Subject subject, String user, String password) throws Exception {
        return new LoginContext("karaf", subject, callbacks -> {
            ((NameCallback) callbacks[0]).setName(user);
            ((PasswordCallback) callbacks[1]).setPassword(password.toCharArray());
        }, config);
    }

    @Test
    public void theRealmIsKarafsWithAHigherRankThroughKarafsProxy() throws Exception {
        Fixture f = new Fixture();
        StoreRealm realm = new StoreRealm(f.access, 42, 100);
        assertEquals("karaf", realm.getName());
        assertTrue(realm.getRank() > 0);
        AppConfigurationEntry entry = realm.getEntries()[0];
        assertEquals(ProxyLoginModule.class.getName(), entry.getLoginModuleName());
        assertEquals(StoreLoginModule.class.getName(), entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE));
        assertEquals("42", entry.getOptions().get(ProxyLoginModule.PROPERTY_BUNDLE));
        assertSame(f.access, entry.getOptions().get(StoreLoginModule.SERVICE));
    }

    @Test
    public void sshLoginsGetTheUserAndRolePrincipalsAndAreAudited() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer", "ssh");
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal("ssh", "10.0.0.5"));
        LoginContext context = login(direct(new StoreRealm(f.access, 1, 100)), subject, "ann", Fixture.password("ann"));
        context.login();
        Set<String> roles = new TreeSet<>();
        String user = null;
        for (Principal p : subject.getPrincipals()) {
            if (p instanceof RolePrincipal) {
                roles.add(p.getName());
            } else if (p instanceof UserPrincipal) {
                user = p.getName();
            }
        }
        assertEquals("ann", user);
        assertEquals(Set.of("ssh", "viewer"), roles);
        AuditEntry entry = f.access.queryAudit(new AuditFilter("ann", null, null, "login", null, null), 0, 1).items().get(0);
        assertEquals("ssh", entry.transport());
        assertEquals("10.0.0.5", entry.source());
        assertEquals("ok", entry.outcome());
        context.logout();
        assertEquals(1, subject.getPrincipals().size());
    }

    @Test
    public void aWrongPasswordFailsTheJaasLoginAndCountsTowardsLockout() throws Exception {
        Fixture f = new Fixture();
        f.user("ann", null, "viewer");
        Configuration config = direct(new StoreRealm(f.access, 1, 100));
        for (int i = 0; i < 3; i++) {
            try {
                login(config, new Subject(), "ann", "wrong-password").login();
                fail();
            } catch (FailedLoginException expected) {
                // refused
            }
        }
        try {
            login(config, new Subject(), "ann", Fixture.password("ann")).login();
            fail("backoff applies to console and ssh logins too");
        } catch (FailedLoginException expected) {
            assertEquals("throttled", f.access.queryAudit(new AuditFilter("ann", null, null, null, null, null), 0, 1)
                    .items().get(0).outcome());
        }
        assertEquals("jaas", f.access.queryAudit(new AuditFilter("ann", null, null, null, null, null), 0, 1)
                .items().get(0).transport());
    }
}
