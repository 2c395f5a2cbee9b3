package io.openemp.event.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.access.api.Authenticator;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;

/**
 * {@code GET /api/events?topics=alarm,device}: the live event stream (Server-Sent Events) for an authenticated
 * viewer, filtered by topic and by the caller's scope, resumable with {@code Last-Event-ID}. Each client holds
 * one request thread for as long as it is connected; {@code maxClients} bounds them.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + EventStreamServlet.PATH,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=openemp-events" })
public class EventStreamServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(EventStreamServlet.class);
    static final String PATH = "/api/events";

    private final transient EventService events;
    private final transient HttpCaller callers;
    private final AtomicInteger connected = new AtomicInteger();

    @Activate
    public EventStreamServlet(@Reference EventService events, @Reference Authenticator authenticator) {
        this.events = events;
        this.callers = new HttpCaller(authenticator);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET");
            plain(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the event stream is read with GET");
            return;
        }
        Optional<Caller> caller = callers.authenticate(request.getHeader("Authorization"));
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"OpenEMP\", charset=\"UTF-8\"");
            plain(response, HttpServletResponse.SC_UNAUTHORIZED, "HTTP Basic credentials of a platform user are required");
            return;
        }
        if (!caller.get().hasRole(Roles.VIEWER) && !caller.get().hasRole(Roles.MANAGER)) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, "the event stream needs the viewer role");
            return;
        }
        StreamRequest parsed;
        try {
            String lastId = request.getHeader("Last-Event-ID");
            parsed = StreamRequest.parse(request.getParameter("topics"), lastId != null ? lastId : request.getParameter("lastEventId"));
        } catch (IllegalArgumentException e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (connected.incrementAndGet() > events.settings().maxClients()) {
            connected.decrementAndGet();
            response.setHeader("Retry-After", "30");
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "too many event stream clients; retry later");
            return;
        }
        try {
            stream(caller.get(), parsed, request, response);
        } finally {
            connected.decrementAndGet();
        }
    }

    private void stream(Caller caller, StreamRequest parsed, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Predicate<StreamEvent> filter = e -> parsed.topics().contains(e.topic())
                && events.permits(caller, e.topic(), e.source());
        String name = caller.user() + "@" + request.getRemoteAddr() + ":" + request.getRemotePort();
        StreamClient client = events.hub().subscribe(name, filter, parsed.lastEventId());
        try {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/event-stream");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Accel-Buffering", "no");
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            String reason = SseSession.run(client, out, events.settings().heartbeat().toMillis());
            LOG.debug("event stream {} closed: {}", name, reason);
        } finally {
            events.hub().unsubscribe(client);
        }
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
