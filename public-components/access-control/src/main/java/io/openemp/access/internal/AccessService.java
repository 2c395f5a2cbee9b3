package io.openemp.access.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.access.api.AuditLog;
import io.openemp.access.api.Authenticator;
import io.openemp.access.api.OrgTree;
import io.openemp.access.api.Scope;
import io.openemp.access.api.Scopes;
import io.openemp.access.internal.Records.AuditEntry;
import io.openemp.access.internal.Records.AuditFilter;
import io.openemp.access.internal.Records.Lockout;
import io.openemp.access.internal.Records.NewToken;
import io.openemp.access.internal.Records.NewUser;
import io.openemp.access.internal.Records.Page;
import io.openemp.access.internal.Records.Role;
import io.openemp.access.internal.Records.TokenInfo;
import io.openemp.access.internal.Records.User;
import io.openemp.access.internal.Records.UserChange;
import io.openemp.data.relational.api.SchemaMigrations;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;

/**
 * The platform's user base on the relational store: password and token logins (with backoff, lockout and an
 * audit entry for every check), user and token administration, the audit log and data scopes. The transports,
 * the JAAS realm and the RPC components all go through it.
 */
@Component(service = { AccessService.class, Authenticator.class, AuditLog.class, Scopes.class },
        configurationPid = AccessService.PID)
@Designate(ocd = AccessConfig.class)
public class AccessService implements Authenticator, AuditLog, Scopes {

    public static final String PID = "io.openemp.access";
    static final String CHANGELOG = "db/access/changelog.xml";

    private static final Logger LOG = LoggerFactory.getLogger(AccessService.class);
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    private static final Pattern MRID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final int MAX_ROLES = 32;

    private final UserStore users;
    private final AuditStore audit;
    private final Clock clock;
    private final LoginGuard guard;
    private volatile Settings settings;
    private volatile Passwords passwords;
    private volatile CredentialCache passwordCache;
    /** Token hash to the caller it stands for, until the cache time or the token's expiry. */
    private final ConcurrentHashMap<String, CachedToken> tokenCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CachedScope> scopeCache = new ConcurrentHashMap<>();
    private final Object[] stripes = new Object[64];

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OrgTree orgTree;

    private record CachedToken(Caller caller, Instant until) {
    }

    private record CachedScope(Scope scope, Instant until) {
    }

    @Activate
    public AccessService(@Reference(target = "(dataSourceName=emp)") DataSource dataSource, AccessConfig config)
            throws SQLException {
        this(dataSource, Settings.from(config), Clock.systemUTC());
        AdminBootstrap.run(this, System.getenv(AdminBootstrap.ENV), AdminBootstrap.passwordFile());
    }

    AccessService(DataSource dataSource, Settings settings, Clock clock) throws SQLException {
        SchemaMigrations.apply(dataSource, AccessService.class.getClassLoader(), CHANGELOG);
        this.users = new UserStore(dataSource);
        this.audit = new AuditStore(dataSource);
        this.clock = clock;
        this.guard = new LoginGuard(settings.guard());
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
        configure(settings);
    }

    @Modified
    void modified(AccessConfig config) {
        configure(Settings.from(config));
    }

    private void configure(Settings value) {
        Settings old = settings;
        settings = value;
        guard.policy(value.guard());
        if (old == null || old.argon2MemoryKiB() != value.argon2MemoryKiB() || old.argon2Iterations() != value.argon2Iterations()) {
            passwords = new Passwords(value.argon2MemoryKiB(), value.argon2Iterations());
        }
        passwordCache = new CredentialCache(value.loginCacheSeconds() * 1000L, 10_000, () -> clock.millis());
        forgetCaches();
    }

    void useOrgTree(OrgTree tree) {
        orgTree = tree;
        scopeCache.clear();
    }

    // Authentication

    @Override
    public Optional<Caller> authenticate(String user, char[] password, String transport) {
        return authenticate(user, password, transport, null);
    }

    @Override
    public Optional<Caller> authenticate(String user, char[] password, String transport, String source) {
        return passwordLogin(user, password, transport, source).map(roles -> Caller.of(user, roles, transport));
    }

    /**
     * Checks a password; the roles of the user when it is right. The JAAS login module and the transports come
     * here. Refused without a check while the user name or the address is throttled or locked out.
     */
    public Optional<Set<String>> passwordLogin(String user, char[] password, String transport, String source) {
        if (user == null || user.isEmpty() || password == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        LoginGuard.Verdict verdict = guard.check(user, source, now);
        if (verdict.outcome() != LoginGuard.Outcome.ALLOWED) {
            login(user, transport, source, verdict.outcome().name().toLowerCase(), "until " + verdict.until());
            return Optional.empty();
        }
        CredentialCache cache = passwordCache;
        Set<String> remembered = cache.get(user, password);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        // One check per user name at a time: parallel guesses would otherwise all pass the guard before the
        // first failure is counted. A legitimate burst waits for the first check and then finds it cached.
        synchronized (stripes[Math.floorMod(user.hashCode(), stripes.length)]) {
            verdict = guard.check(user, source, clock.instant());
            if (verdict.outcome() != LoginGuard.Outcome.ALLOWED) {
                login(user, transport, source, verdict.outcome().name().toLowerCase(), "until " + verdict.until());
                return Optional.empty();
            }
            remembered = cache.get(user, password);
            if (remembered != null) {
                return Optional.of(remembered);
            }
            return checkPassword(user, password, transport, source, cache);
        }
    }

    private Optional<Set<String>> checkPassword(String user, char[] password, String transport, String source,
            CredentialCache cache) {
        Instant now = clock.instant();
        Optional<UserStore.Stored> stored = USER_NAME.matcher(user).matches() ? users.find(user) : Optional.empty();
        boolean right;
        if (stored.isEmpty() || password.length > Passwords.MAX_LENGTH) {
            passwords.decoyCheck(password);
            right = false;
        } else {
            right = passwords.matches(password, stored.get().passwordHash());
        }
        if (!right) {
            guard.failed(user, source, now);
            login(user, transport, source, "failed", stored.isEmpty() ? "unknown user" : "wrong password");
            return Optional.empty();
        }
        User found = stored.get().user();
        if (!found.enabled()) {
            login(user, transport, source, "disabled", null);
            return Optional.empty();
        }
        guard.succeeded(user, source);
        Set<String> roles = Set.copyOf(found.roles());
        cache.put(user, password, roles);
        login(user, transport, source, "ok", null);
        return Optional.of(roles);
    }

    @Override
    public Optional<Caller> authenticateToken(String token, String transport, String source) {
        Instant now = clock.instant();
        LoginGuard.Verdict verdict = guard.check(null, source, now);
        if (verdict.outcome() != LoginGuard.Outcome.ALLOWED) {
            login("?", transport, source, verdict.outcome().name().toLowerCase(), "token; until " + verdict.until());
            return Optional.empty();
        }
        if (!Tokens.wellFormed(token)) {
            guard.failed(null, source, now);
            login("?", transport, source, "failed", "malformed token");
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        CachedToken cached = tokenCache.get(hash);
        if (cached != null && now.isBefore(cached.until())) {
            return Optional.of(Caller.of(cached.caller().user(), cached.caller().roles(), transport));
        }
        Optional<TokenInfo> info = users.tokenByHash(hash, now);
        String refusal = info.isEmpty() ? "unknown token" : !"active".equals(info.get().status()) ? info.get().status() + " token" : null;
        Optional<UserStore.Stored> owner = info.isEmpty() ? Optional.empty() : users.find(info.get().user());
        if (refusal == null && (owner.isEmpty() || !owner.get().user().enabled())) {
            refusal = "owner disabled";
        }
        String user = info.map(TokenInfo::user).orElse("?");
        if (refusal != null) {
            guard.failed(null, source, now);
            login(user, transport, source, "failed", "token " + info.map(TokenInfo::id).orElse("") + ": " + refusal);
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>(info.get().roles());
        roles.retainAll(owner.get().user().roles());
        Caller caller = Caller.of(user, roles, transport);
        Instant until = now.plusSeconds(settings.loginCacheSeconds());
        if (until.isAfter(info.get().expiresAt())) {
            until = info.get().expiresAt();
        }
        if (settings.loginCacheSeconds() > 0) {
            if (tokenCache.size() > 10_000) {
                tokenCache.clear();
            }
            tokenCache.put(hash, new CachedToken(caller, until));
        }
        login(user, transport, source, "ok", "token " + info.get().id());
        return Optional.of(caller);
    }

    // Audit

    @Override
    public void recordCall(Caller caller, String source, String method, JsonNode params, String outcome) {
        audit.append(new AuditEntry(0, clock.instant(), "call", caller.user(), caller.transport(), source, method,
                Canonical.digest(params), outcome == null ? "unknown" : outcome, null));
    }

    @Override
    public void recordLogin(String user, String transport, String source, String outcome) {
        login(user, transport, source, outcome, null);
    }

    private void login(String user, String transport, String source, String outcome, String detail) {
        try {
            audit.append(new AuditEntry(0, clock.instant(), "login", user, transport == null ? "?" : transport, source,
                    null, null, outcome, detail));
        } catch (RuntimeException e) {
            // a login is not refused because its audit entry could not be written; the failure is logged loudly
            LOG.error("Audit entry of a login by '{}' ({}) not written", AuditStore.clip(user, 64), outcome, e);
        }
    }

    Page<AuditEntry> queryAudit(AuditFilter filter, int offset, int limit) {
        page(offset, limit);
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw AccessException.invalid("filter.to", "must be after filter.from");
        }
        if (filter.kind() != null && !filter.kind().equals("login") && !filter.kind().equals("call")) {
            throw AccessException.invalid("filter.kind", "must be login or call");
        }
        return audit.query(filter, offset, limit);
    }

    // Scopes

    @Override
    public Scope scopeOf(Caller caller) {
        if (caller.roles().contains(Roles.ADMIN)) {
            return Scope.ALL;
        }
        return scope(caller.user(), false);
    }

    @Override
    public Scope scopeOf(String user) {
        return scope(user, true);
    }

    private Scope scope(String user, boolean adminSeesAll) {
        if (user == null || !USER_NAME.matcher(user).matches()) {
            return Scope.NONE;
        }
        Instant now = clock.instant();
        String key = user + (adminSeesAll ? "" : "\u0000");
        CachedScope cached = scopeCache.get(key);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.scope();
        }
        Scope scope = computeScope(user, adminSeesAll);
        if (settings.scopeCacheSeconds() > 0) {
            if (scopeCache.size() > 10_000) {
                scopeCache.clear();
            }
            scopeCache.put(key, new CachedScope(scope, now.plusSeconds(settings.scopeCacheSeconds())));
        }
        return scope;
    }

    private Scope computeScope(String name, boolean adminSeesAll) {
        Optional<UserStore.Stored> stored = users.find(name);
        if (stored.isEmpty() || !stored.get().user().enabled()) {
            return Scope.NONE;
        }
        User user = stored.get().user();
        if ((adminSeesAll && user.roles().contains(Roles.ADMIN)) || user.orgUnit() == null) {
            return Scope.ALL;
        }
        OrgTree tree = orgTree;
        if (tree == null) {
            LOG.warn("No organisation tree (metering master data) available: user '{}' sees nothing", name);
            return Scope.NONE;
        }
        return tree.subtree(user.orgUnit()).map(units -> new Scope(false, units)).orElse(Scope.NONE);
    }

    // Users

    List<Role> roles() {
        return users.roles();
    }

    Optional<User> user(String name) {
        return users.find(name).map(UserStore.Stored::user);
    }

    Page<User> users(int offset, int limit) {
        page(offset, limit);
        return new Page<>(users.list(offset, limit), users.count(), offset, limit);
    }

    User createUser(NewUser draft) {
        String name = userName("user.name", draft.name());
        String display = displayName(draft.displayName());
        String unit = orgUnit(draft.orgUnit());
        List<String> roles = roles("user.roles", draft.roles());
        char[] password = draft.password() == null ? null : draft.password().toCharArray();
        checkNewPassword("user.password", name, password);
        String hash = passwords.hash(password);
        Instant now = clock.instant();
        User user = new User(name, display, unit, roles, true, now, now, now, 1);
        return users.tx(c -> {
            if (users.find(c, name).isPresent()) {
                throw AccessException.invalid("user.name", "a user '" + name + "' exists");
            }
            users.insert(c, user, hash);
            return user;
        });
    }

    /** Creates {@code admin} with every role unless it exists; whether it was created. */
    boolean createAdminIfMissing(char[] password) {
        if (users.find(AdminBootstrap.ADMIN).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        List<String> roles = List.copyOf(new TreeSet<>(AdminBootstrap.ROLES));
        String hash = passwords.hash(password);
        return users.tx(c -> {
            if (users.find(c, AdminBootstrap.ADMIN).isPresent()) {
                return false;
            }
            users.insert(c, new User(AdminBootstrap.ADMIN, "Administrator", null, roles, true, now, now, now, 1), hash);
            return true;
        });
    }

    User updateUser(UserChange change) {
        String name = userName("user.name", change.name());
        String display = displayName(change.displayName());
        String unit = orgUnit(change.orgUnit());
        List<String> roles = roles("user.roles", change.roles());
        User updated = users.tx(c -> {
            User current = existing(c, name);
            if (change.expectedVersion() != null && change.expectedVersion() != current.version()) {
                throw AccessException.conflict("user.expectedVersion", "user '" + name + "' is at version "
                        + current.version() + ", not " + change.expectedVersion());
            }
            if (current.roles().contains(Roles.ADMIN) && !roles.contains(Roles.ADMIN) && current.enabled()) {
                keepAnAdmin(c, name);
            }
            User next = new User(name, display, unit, roles, current.enabled(), current.createdAt(), clock.instant(),
                    current.passwordChangedAt(), current.version() + 1);
            if (!users.update(c, next, current.version())) {
                throw AccessException.conflict("user.name", "user '" + name + "' changed meanwhile; read it again");
            }
            return next;
        });
        forgetCaches();
        return updated;
    }

    User setEnabled(String rawName, boolean enabled) {
        String name = userName("name", rawName);
        User updated = users.tx(c -> {
            User current = existing(c, name);
            if (current.enabled() == enabled) {
                return current;
            }
            if (!enabled && current.roles().contains(Roles.ADMIN)) {
                keepAnAdmin(c, name);
            }
            User next = new User(name, current.displayName(), current.orgUnit(), current.roles(), enabled,
                    current.createdAt(), clock.instant(), current.passwordChangedAt(), current.version() + 1);
            users.update(c, next, current.version());
            return next;
        });
        forgetCaches();
        return updated;
    }

    /**
     * Changes a password: one's own with the old one (checked like a login), anyone's as an admin.
     */
    void setPassword(Caller caller, String rawName, String oldPassword, String newPassword) {
        String name = userName("name", rawName);
        boolean own = caller.user().equals(name);
        if (!own && !caller.roles().contains(Roles.ADMIN)) {
            throw AccessException.notPermitted("only an admin may change another user's password");
        }
        char[] next = newPassword == null ? null : newPassword.toCharArray();
        checkNewPassword("newPassword", name, next);
        if (own) {
            if (oldPassword == null) {
                throw AccessException.invalid("oldPassword", "is required to change one's own password");
            }
            if (passwordLogin(name, oldPassword.toCharArray(), caller.transport(), null).isEmpty()) {
                throw AccessException.invalid("oldPassword", "is not the current password");
            }
        }
        String hash = passwords.hash(next);
        users.tx(c -> {
            existing(c, name);
            return users.setPassword(c, name, hash, clock.instant());
        });
        forgetCaches();
    }

    // Tokens

    NewToken createToken(Caller caller, String forUser, String label, List<String> wanted, Instant expiresAt) {
        String owner = forUser == null ? caller.user() : userName("user", forUser);
        if (!owner.equals(caller.user()) && !caller.roles().contains(Roles.ADMIN)) {
            throw AccessException.notPermitted("only an admin may create tokens for another user");
        }
        if (label == null || label.isBlank() || label.length() > 100) {
            throw AccessException.invalid("name", "must be 1..100 characters");
        }
        Instant now = clock.instant();
        Instant expiry = expiresAt != null ? expiresAt : now.plus(Duration.ofDays(settings.tokenDefaultDays()));
        if (!expiry.isAfter(now)) {
            throw AccessException.invalid("expiresAt", "must be in the future");
        }
        if (expiry.isAfter(now.plus(Duration.ofDays(settings.tokenMaxDays())))) {
            throw AccessException.invalid("expiresAt", "must be within " + settings.tokenMaxDays() + " days");
        }
        String token = Tokens.newToken();
        return users.tx(c -> {
            User user = users.find(c, owner).map(UserStore.Stored::user)
                    .orElseThrow(() -> AccessException.invalid("user", "no user '" + owner + "'"));
            if (!user.enabled()) {
                throw AccessException.invalid("user", "user '" + owner + "' is disabled");
            }
            Set<String> allowed = new HashSet<>(user.roles());
            if (owner.equals(caller.user())) {
                allowed.retainAll(caller.roles()); // a token made with a token gets no more than that token
            }
            List<String> roles;
            if (wanted == null) {
                roles = List.copyOf(new TreeSet<>(allowed));
            } else {
                roles = roles("roles", wanted);
                for (String role : roles) {
                    if (!allowed.contains(role)) {
                        throw AccessException.invalid("roles", "'" + role + "' is not a role of " + owner + " here");
                    }
                }
            }
            TokenInfo info = new TokenInfo(Tokens.newId(), owner, label, roles, now, expiry, null, null, "active");
            users.insertToken(c, info, Tokens.sha256(token));
            return new NewToken(token, info);
        });
    }

    List<TokenInfo> tokens(Caller caller, String user) {
        boolean admin = caller.roles().contains(Roles.ADMIN);
        if (user != null && !user.equals(caller.user()) && !admin) {
            throw AccessException.notPermitted("only an admin may list another user's tokens");
        }
        return users.tokens(user != null ? user : admin ? null : caller.user(), clock.instant());
    }

    TokenInfo revokeToken(Caller caller, String id) {
        if (id == null || !id.matches("tok_[0-9a-f]{16}")) {
            throw AccessException.invalid("id", "not a token id (tok_ and 16 hex digits)");
        }
        Instant now = clock.instant();
        TokenInfo revoked = users.tx(c -> {
            TokenInfo info = users.token(c, id, now).orElseThrow(() -> AccessException.invalid("id", "no token '" + id + "'"));
            if (!info.user().equals(caller.user()) && !caller.roles().contains(Roles.ADMIN)) {
                throw AccessException.notPermitted("only an admin may revoke another user's token");
            }
            if (!users.revokeToken(c, id, caller.user(), now)) {
                throw AccessException.invalid("id", "token '" + id + "' is already revoked");
            }
            return users.token(c, id, now).orElseThrow();
        });
        forgetCaches();
        return revoked;
    }

    // Lockouts

    List<Lockout> lockouts() {
        return guard.list(clock.instant());
    }

    boolean clearLockout(String kind, String key) {
        if (!LoginGuard.USER.equals(kind) && !LoginGuard.SOURCE.equals(kind)) {
            throw AccessException.invalid("kind", "must be user or source");
        }
        if (key == null || key.isEmpty()) {
            throw AccessException.invalid("key", "the user name or address is required");
        }
        return guard.clear(kind, key);
    }

    // Checks

    private void forgetCaches() {
        passwordCache.clear();
        tokenCache.clear();
        scopeCache.clear();
    }

    private User existing(java.sql.Connection c, String name) throws SQLException {
        return users.find(c, name).map(UserStore.Stored::user)
                .orElseThrow(() -> AccessException.invalid("name", "no user '" + name + "'"));
    }

    private void keepAnAdmin(java.sql.Connection c, String name) throws SQLException {
        if (users.otherEnabledAdmins(c, name) == 0) {
            throw AccessException.conflict("name", "'" + name + "' is the last enabled admin; make another admin first");
        }
    }

    private static String userName(String field, String name) {
        if (name == null || !USER_NAME.matcher(name).matches()) {
            throw AccessException.invalid(field, "must be 1..64 of a-z 0-9 . _ @ -, starting with a letter or digit");
        }
        return name;
    }

    private static String displayName(String display) {
        if (display != null && (display.length() > 200 || display.chars().anyMatch(Character::isISOControl))) {
            throw AccessException.invalid("user.displayName", "must be at most 200 characters, no control characters");
        }
        return display;
    }

    private String orgUnit(String unit) {
        if (unit == null) {
            return null;
        }
        if (!MRID.matcher(unit).matches()) {
            throw AccessException.invalid("user.orgUnit", "not an mRID (1..64 of A-Z a-z 0-9 . _ : -)");
        }
        OrgTree tree = orgTree;
        if (tree == null) {
            throw AccessException.invalid("user.orgUnit", "cannot be checked: the metering master data is not available");
        }
        if (tree.subtree(unit).isEmpty()) {
            throw AccessException.invalid("user.orgUnit", "no organisation unit '" + unit + "'");
        }
        return unit;
    }

    private List<String> roles(String field, List<String> wanted) {
        if (wanted == null || wanted.size() > MAX_ROLES) {
            throw AccessException.invalid(field, "a list of at most " + MAX_ROLES + " role names is required");
        }
        Set<String> known = new HashSet<>();
        users.roles().forEach(r -> known.add(r.name()));
        Set<String> roles = new LinkedHashSet<>();
        for (String role : wanted) {
            if (role == null || !known.contains(role)) {
                throw AccessException.invalid(field, "unknown role '" + AuditStore.clip(role, 40) + "'; see access.role.list");
            }
            roles.add(role);
        }
        return List.copyOf(new TreeSet<>(roles));
    }

    private void checkNewPassword(String field, String name, char[] password) {
        int min = settings.minPasswordLength();
        if (password == null || password.length < min || password.length > Passwords.MAX_LENGTH) {
            throw AccessException.invalid(field, "must be " + min + ".." + Passwords.MAX_LENGTH + " characters");
        }
        if (new String(password).equalsIgnoreCase(name)) {
            throw AccessException.invalid(field, "must not be the user name");
        }
    }

    private static void page(int offset, int limit) {
        if (offset < 0) {
            throw AccessException.invalid("offset", "must be at least 0");
        }
        if (limit < 1 || limit > 1000) {
            throw AccessException.invalid("limit", "must be 1..1000");
        }
    }
}
