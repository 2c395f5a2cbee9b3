package io.openemp.bench.probes;

import java.io.IOException;
import java.util.Set;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;

/**
 * {@code POST /bench/dispatch}: the plain servlet plus the platform's dispatcher, without authentication. The body
 * goes to {@link RpcDispatcher#dispatch} with a fixed admin caller and its answer is written back. Its cost minus the
 * plain servlet's is the cost of the dispatcher (parsing, checks, the hand-off to a worker, metrics, the answer).
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/bench/dispatch",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=bench-dispatch-probe" })
public class DispatchProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Caller CALLER = Caller.of("admin", Set.of("admin", "manager", "viewer"), "bench");

    private final transient RpcDispatcher dispatcher;

    @Activate
    public DispatchProbeServlet(@Reference RpcDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] answer = dispatcher.dispatch(Bodies.read(request.getInputStream()), CALLER);
        if (answer == null) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        Bodies.answer(response, HttpServletResponse.SC_OK, answer);
    }
}
