package io.openemp.system.internal;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;

/** Configuration values and calls through the dispatcher, for the tests. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Caller ADMIN = Caller.of("ada", Set.of("admin"), "test");
    static final Caller VIEWER = Caller.of("vic", Set.of("viewer"), "test");

    private Fixtures() {
    }

    static SystemConfig config(long diskMinFreeMb, int timeoutMillis) {
        return new SystemConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SystemConfig.class;
            }

            @Override
            public long diskMinFreeMb() {
                return diskMinFreeMb;
            }

            @Override
            public int checkTimeoutMillis() {
                return timeoutMillis;
            }

            @Override
            public boolean metricsOpenToLoopback() {
                return false;
            }

            @Override
            public String[] metricsRoles() {
                return new String[] { "admin" };
            }
        };
    }

    /** The whole response of one call. */
    static JsonNode call(RpcDispatcher dispatcher, Caller caller, String method, String params) throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params)
                + ",\"id\":1}";
        return JSON.readTree(dispatcher.dispatch(request.getBytes(StandardCharsets.UTF_8), caller));
    }
}
