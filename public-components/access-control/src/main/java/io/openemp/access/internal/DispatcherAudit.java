package io.openemp.access.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.access.api.AuditLog;
import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.CallAuditor;

/**
 * Puts every state-changing call the dispatcher reports into the audit log: the one place where calls of every
 * transport (HTTP, Thrift, console) are audited.
 */
@Component(service = CallAuditor.class)
public class DispatcherAudit implements CallAuditor {

    private final AuditLog log;

    @Activate
    public DispatcherAudit(@Reference AuditLog log) {
        this.log = log;
    }

    @Override
    public void mutatingCall(Caller caller, String method, JsonNode params, String outcome) {
        log.recordCall(caller, null, method, params, outcome);
    }
}
