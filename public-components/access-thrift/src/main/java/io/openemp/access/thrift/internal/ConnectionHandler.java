package io.openemp.access.thrift.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.access.thrift.gen.AuthenticationFailed;
import io.openemp.access.thrift.gen.JsonRpc;
import io.openemp.access.thrift.gen.LimitExceeded;
import io.openemp.access.thrift.gen.Session;
import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;

/**
 * The {@code JsonRpc} service for one connection: it remembers who logged in on the connection and hands every
 * request to the dispatcher as that caller ({@code null}, hence -32000, before a login). Used by the
 * connection's own thread only.
 */
final class ConnectionHandler implements JsonRpc.Iface {

    /** The transport name callers carry. */
    static final String TRANSPORT = "thrift";

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionHandler.class);
    private static final byte[] EMPTY = new byte[0];

    private final Backend backend;
    private final String peer;
    private Caller caller;

    ConnectionHandler(Backend backend, String peer) {
        this.backend = backend;
        this.peer = peer;
    }

    @Override
    public Session login(String user, String password) throws AuthenticationFailed {
        caller = null;
        if (user == null || user.isEmpty() || password == null) {
            throw refused(user);
        }
        char[] secret = password.toCharArray();
        Optional<Caller> found;
        try {
            found = backend.authenticator().authenticate(user, secret, TRANSPORT);
        } finally {
            Arrays.fill(secret, '\0');
        }
        if (found.isEmpty()) {
            throw refused(user);
        }
        Caller who = found.get();
        caller = TRANSPORT.equals(who.transport()) ? who : Caller.of(who.user(), who.roles(), TRANSPORT);
        return new Session(caller.user(), new ArrayList<>(new TreeSet<>(caller.roles())));
    }

    @Override
    public void logout() {
        caller = null;
    }

    @Override
    public String call(String request) {
        return dispatch(backend.dispatcher(), request);
    }

    @Override
    public List<String> batch(List<String> requests) throws LimitExceeded {
        if (requests == null) {
            return List.of();
        }
        RpcDispatcher dispatcher = backend.dispatcher();
        int max = dispatcher.limits().maxBatchLength();
        if (requests.size() > max) {
            throw new LimitExceeded("Too many requests in one batch: " + requests.size() + ", at most " + max,
                    "maxBatchLength", max);
        }
        List<String> responses = new ArrayList<>(requests.size());
        for (String request : requests) {
            responses.add(dispatch(dispatcher, request));
        }
        return responses;
    }

    /** Who is logged in on this connection, or {@code null}. */
    Caller caller() {
        return caller;
    }

    private String dispatch(RpcDispatcher dispatcher, String request) {
        byte[] body = request == null ? EMPTY : request.getBytes(StandardCharsets.UTF_8);
        byte[] response = dispatcher.dispatch(body, caller);
        return response == null ? "" : new String(response, StandardCharsets.UTF_8);
    }

    private AuthenticationFailed refused(String user) {
        LOG.debug("Thrift login refused for user '{}' from {}", user, peer);
        return new AuthenticationFailed("Wrong user name or password");
    }
}
