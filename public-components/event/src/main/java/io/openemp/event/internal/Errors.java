package io.openemp.event.internal;

import java.util.Map;

import io.openemp.plugin.api.RpcException;

/** The event service's application errors over RPC. */
final class Errors {

    /** The alarm's state does not allow the transition; data: id, state, action. */
    static final int INVALID_TRANSITION = 4201;

    private Errors() {
    }

    static RpcException of(AlarmException e) {
        if (e.kind() == AlarmException.Kind.NOT_FOUND) {
            return RpcException.invalidParams("id", e.getMessage());
        }
        return new RpcException(INVALID_TRANSITION, e.getMessage(),
                Map.of("id", e.alarmId(), "state", e.state(), "action", e.action()));
    }

    static RpcException of(InvalidField e) {
        return RpcException.invalidParams(e.field(), e.reason());
    }
}
