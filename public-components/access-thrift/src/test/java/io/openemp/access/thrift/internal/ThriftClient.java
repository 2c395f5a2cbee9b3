package io.openemp.access.thrift.internal;

import java.net.InetSocketAddress;

import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;

import io.openemp.access.thrift.gen.JsonRpc;

/** A Java client of the transport as an integrator would write it: framed socket, binary or compact protocol. */
final class ThriftClient implements AutoCloseable {

    /** The protocols the server accepts. */
    enum Protocol {
        BINARY, COMPACT;

        TProtocol over(TTransport transport) {
            return this == BINARY ? new TBinaryProtocol(transport) : new TCompactProtocol(transport);
        }
    }

    final TTransport transport;
    final TProtocol protocol;
    final JsonRpc.Client rpc;

    ThriftClient(InetSocketAddress server, Protocol protocol) throws TTransportException {
        TSocket socket = new TSocket(server.getHostString(), server.getPort(), 5_000);
        this.transport = new TFramedTransport(socket);
        this.protocol = protocol.over(transport);
        this.rpc = new JsonRpc.Client(this.protocol);
        transport.open();
    }

    @Override
    public void close() {
        transport.close();
    }
}
