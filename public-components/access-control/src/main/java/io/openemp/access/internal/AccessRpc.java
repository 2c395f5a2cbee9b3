package io.openemp.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.openemp.access.api.Scope;
import io.openemp.access.internal.Records.Lockout;
import io.openemp.access.internal.Records.NewToken;
import io.openemp.access.internal.Records.NewUser;
import io.openemp.access.internal.Records.Page;
import io.openemp.access.internal.Records.Role;
import io.openemp.access.internal.Records.TokenInfo;
import io.openemp.access.internal.Records.User;
import io.openemp.access.internal.Records.UserChange;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;

/** The {@code access} component: users, roles, API tokens, lockouts and data scopes. Changes need the admin role. */
@Component(service = RpcComponent.class)
public class AccessRpc implements RpcComponent {

    private final AccessService access;

    @Activate
    public AccessRpc(@Reference AccessService access) {
        this.access = access;
    }

    @Override
    public String id() {
        return "access";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Users, roles, API tokens, login lockouts and data scopes";
    }

    @RpcMethod(name = "user.create", roles = Roles.ADMIN, mutating = true,
            description = "Creates a user with a password, roles and optionally an organisation unit (its data scope)")
    public User createUser(@Param(value = "user", description = "name, displayName, orgUnit (mRID; null: whole platform), roles, password") NewUser user)
            throws RpcException {
        return call(() -> access.createUser(user));
    }

    @RpcMethod(name = "user.update", roles = Roles.ADMIN, mutating = true,
            description = "Replaces a user's display name, organisation unit and roles")
    public User updateUser(@Param(value = "user", description = "name, displayName, orgUnit, roles, expectedVersion") UserChange user)
            throws RpcException {
        return call(() -> access.updateUser(user));
    }

    @RpcMethod(name = "user.disable", roles = Roles.ADMIN, mutating = true,
            description = "Disables a user: no login, no token of theirs works; the last enabled admin cannot be disabled")
    public User disableUser(@Param("name") String name) throws RpcException {
        return call(() -> access.setEnabled(name, false));
    }

    @RpcMethod(name = "user.enable", roles = Roles.ADMIN, mutating = true, description = "Enables a disabled user")
    public User enableUser(@Param("name") String name) throws RpcException {
        return call(() -> access.setEnabled(name, true));
    }

    @RpcMethod(name = "user.get", description = "A user (one's own record, or anyone's for an admin)")
    public User getUser(Caller caller, @Param(value = "name", required = false, description = "the caller when left out") String name)
            throws RpcException {
        String who = name == null ? caller.user() : name;
        if (!who.equals(caller.user()) && !caller.roles().contains(Roles.ADMIN)) {
            throw new RpcException(AccessException.NOT_PERMITTED, "only an admin may read another user");
        }
        return call(() -> access.user(who).orElseThrow(() -> AccessException.invalid("name", "no user '" + who + "'")));
    }

    @RpcMethod(name = "user.list", roles = Roles.ADMIN, description = "Users by name, one page")
    public Page<User> listUsers(@Param(value = "offset", required = false) Integer offset,
            @Param(value = "limit", required = false, description = "1..1000, 100 when left out") Integer limit) throws RpcException {
        return call(() -> access.users(offset == null ? 0 : offset, limit == null ? 100 : limit));
    }

    @RpcMethod(name = "user.setPassword", mutating = true,
            description = "Changes a password: one's own with the old one, anyone's as an admin")
    public void setPassword(Caller caller, @Param(value = "name", required = false, description = "the caller when left out") String name,
            @Param(value = "oldPassword", required = false, description = "required for one's own password") String oldPassword,
            @Param("newPassword") String newPassword) throws RpcException {
        call(() -> {
            access.setPassword(caller, name == null ? caller.user() : name, oldPassword, newPassword);
            return null;
        });
    }

    @RpcMethod(name = "role.list", description = "The roles a user may hold")
    public List<Role> roles() throws RpcException {
        return call(access::roles);
    }

    @RpcMethod(name = "token.create", mutating = true,
            description = "Creates an API token (sent as Authorization: Bearer); the token is in this answer only")
    public NewToken createToken(Caller caller, @Param(value = "name", description = "what the token is for, 1..100 characters") String name,
            @Param(value = "roles", required = false, description = "a subset of the owner's roles; all of them when left out") List<String> roles,
            @Param(value = "expiresAt", required = false, description = "UTC instant; the configured default lifetime when left out") Instant expiresAt,
            @Param(value = "user", required = false, description = "the owner, for an admin; the caller when left out") String user)
            throws RpcException {
        return call(() -> access.createToken(caller, user, name, roles, expiresAt));
    }

    @RpcMethod(name = "token.list", description = "API tokens: one's own, or (admin) a user's or everyone's; never the tokens themselves")
    public List<TokenInfo> listTokens(Caller caller, @Param(value = "user", required = false) String user) throws RpcException {
        return call(() -> access.tokens(caller, user));
    }

    @RpcMethod(name = "token.revoke", mutating = true, description = "Revokes an API token at once (one's own, or anyone's for an admin)")
    public TokenInfo revokeToken(Caller caller, @Param(value = "id", description = "tok_...") String id) throws RpcException {
        return call(() -> access.revokeToken(caller, id));
    }

    @RpcMethod(name = "lockout.list", roles = Roles.ADMIN,
            description = "User names and addresses with recent failed logins: failures, backoff, lockout")
    public List<Lockout> lockouts() throws RpcException {
        return call(access::lockouts);
    }

    @RpcMethod(name = "lockout.clear", roles = Roles.ADMIN, mutating = true,
            description = "Forgets the failed logins of a user name or an address, ending its backoff or lockout")
    public Map<String, Boolean> clearLockout(@Param(value = "kind", description = "user or source") String kind,
            @Param(value = "key", description = "the user name or address") String key) throws RpcException {
        return call(() -> Map.of("cleared", access.clearLockout(kind, key)));
    }

    @RpcMethod(name = "scope", description = "The organisation units whose data a user sees (one's own, or anyone's for an admin)")
    public Scope scope(Caller caller, @Param(value = "user", required = false, description = "the caller when left out") String user)
            throws RpcException {
        if (user == null || user.equals(caller.user())) {
            return access.scopeOf(caller);
        }
        if (!caller.roles().contains(Roles.ADMIN)) {
            throw new RpcException(AccessException.NOT_PERMITTED, "only an admin may read another user's scope");
        }
        return call(() -> access.scopeOf(user));
    }

    /** Runs {@code work}, answering the service's refusals as RPC errors naming the field. */
    static <T> T call(Supplier<T> work) throws RpcException {
        try {
            return work.get();
        } catch (AccessException e) {
            if (e.field() != null && e.code() == RpcException.INVALID_PARAMS) {
                throw RpcException.invalidParams(e.field(), e.getMessage());
            }
            throw new RpcException(e.code(), e.getMessage(), e.field() == null ? null : Map.of("field", e.field()));
        }
    }
}
