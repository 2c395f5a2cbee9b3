package io.openemp.bench.endpoints;

import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.HTTPTransportFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Publishes {@link PingResource} at {@code /bench} under CXF's OSGi servlet ({@code /cxf} by default, so
 * {@code /cxf/bench/ping}), on a bus of its own that uses the HTTP transport CXF registered in the container.
 */
final class CxfEndpoint {

    static final String ADDRESS = "/bench";

    private final Bus bus;
    private final Server server;

    CxfEndpoint(HTTPTransportFactory transport, ClassLoader loader) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            bus = BusFactory.newInstance().createBus();
            DestinationFactoryManager destinations = bus.getExtension(DestinationFactoryManager.class);
            for (String namespace : HTTPTransportFactory.DEFAULT_NAMESPACES) {
                destinations.registerDestinationFactory(namespace, transport);
            }
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(ADDRESS);
            factory.setServiceBean(new PingResource());
            factory.setProviders(List.of(new JacksonJsonProvider(new ObjectMapper())));
            server = factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    void close() {
        server.destroy();
        bus.shutdown(true);
    }
}
