package io.openemp.plugin.modbus.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.netty.channel.EventLoopGroup;
import io.openemp.plugin.modbus.api.ModbusEndpoint;

/**
 * One {@link EndpointClient} per {@code host:port}, so every read of an endpoint reuses its connection. A client
 * leaves the pool when its connection closes with nothing waiting; at most {@code maxEndpoints} are kept.
 */
final class ConnectionPool {

    private final ConcurrentMap<String, EndpointClient> clients = new ConcurrentHashMap<>();
    private final EventLoopGroup group;
    private final Counters counters;
    private final MasterSettings settings;

    ConnectionPool(EventLoopGroup group, Counters counters, MasterSettings settings) {
        this.group = group;
        this.counters = counters;
        this.settings = settings;
    }

    /** The client of {@code endpoint}, or {@code null} when {@code maxEndpoints} other endpoints have one. */
    EndpointClient client(ModbusEndpoint endpoint) {
        String key = endpoint.address();
        EndpointClient client = clients.get(key);
        if (client != null) {
            return client;
        }
        if (clients.size() >= settings.maxEndpoints()) {
            return null;
        }
        return clients.computeIfAbsent(key, k -> {
            EndpointClient[] created = new EndpointClient[1];
            created[0] = new EndpointClient(endpoint.host(), endpoint.port(), group.next(), counters,
                    settings.connectTimeoutMillis(), settings.idleSeconds(), () -> clients.remove(k, created[0]));
            return created[0];
        });
    }

    /** Endpoints with a client now. */
    int size() {
        return clients.size();
    }

    void close() {
        clients.values().forEach(EndpointClient::close);
        clients.clear();
    }
}
