package io.openemp.bench.endpoints;

import java.util.Hashtable;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.servlet.Servlet;

import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts the two reference endpoints of the HTTP benchmark: the plain servlet at {@code /bench/ping} (a service of the
 * OSGi HTTP Whiteboard) at once, and the CXF JAX-RS resource at {@code /cxf/bench/ping} as soon as CXF's HTTP
 * transport is there. No Declarative Services, so it also runs in a Karaf that has only CXF.
 */
public final class Activator implements BundleActivator {

    static final String SERVLET_PATTERN = "/bench/ping";
    private static final Logger LOG = Logger.getLogger(Activator.class.getName());

    private ServiceRegistration<Servlet> servlet;
    private ServiceTracker<HTTPTransportFactory, CxfEndpoint> cxf;

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", SERVLET_PATTERN);
        properties.put("osgi.http.whiteboard.servlet.name", "bench-ping");
        servlet = context.registerService(Servlet.class, new PingServlet(), properties);

        ClassLoader loader = Activator.class.getClassLoader();
        cxf = new ServiceTracker<>(context, HTTPTransportFactory.class, null) {
            @Override
            public CxfEndpoint addingService(ServiceReference<HTTPTransportFactory> reference) {
                HTTPTransportFactory transport = context.getService(reference);
                try {
                    CxfEndpoint endpoint = new CxfEndpoint(transport, loader);
                    LOG.info("Benchmark JAX-RS endpoint published at " + CxfEndpoint.ADDRESS + "/ping");
                    return endpoint;
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Could not publish the benchmark JAX-RS endpoint", e);
                    context.ungetService(reference);
                    return null;
                }
            }

            @Override
            public void removedService(ServiceReference<HTTPTransportFactory> reference, CxfEndpoint endpoint) {
                endpoint.close();
                context.ungetService(reference);
            }
        };
        cxf.open();
    }

    @Override
    public void stop(BundleContext context) {
        cxf.close();
        servlet.unregister();
    }
}
