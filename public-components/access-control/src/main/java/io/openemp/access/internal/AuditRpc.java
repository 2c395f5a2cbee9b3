package io.openemp.access.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.openemp.access.internal.Records.AuditEntry;
import io.openemp.access.internal.Records.AuditFilter;
import io.openemp.access.internal.Records.Page;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;

/** The {@code audit} component: reading the append-only audit log. There is no method to change it. */
@Component(service = RpcComponent.class)
public class AuditRpc implements RpcComponent {

    private static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    private final AccessService access;

    @Activate
    public AuditRpc(@Reference AccessService access) {
        this.access = access;
    }

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "The append-only audit log of logins and state-changing calls";
    }

    @RpcMethod(name = "query", roles = Roles.ADMIN, description = "Audit entries, newest first, filtered by user, method, outcome, kind and time")
    public Page<AuditEntry> query(
            @Param(value = "filter", required = false, description = "user, method, outcome, kind (login|call), from (inclusive), to (exclusive)") AuditFilter filter,
            @Param(value = "offset", required = false) Integer offset,
            @Param(value = "limit", required = false, description = "1..1000, 100 when left out") Integer limit) throws RpcException {
        return AccessRpc.call(() -> access.queryAudit(filter == null ? NONE : filter, offset == null ? 0 : offset,
                limit == null ? 100 : limit));
    }
}
