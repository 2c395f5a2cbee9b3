package io.openemp.system.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import io.openemp.access.api.Authenticator;
import io.openemp.plugin.api.Caller;

/**
 * {@code GET /metrics}: the Prometheus text format. HTTP Basic against the platform's users, with one of the
 * configured roles; clients on the loopback interface may be let in without credentials by configuration.
 */
@Component(service = Servlet.class, configurationPid = SystemComponent.PID, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + MetricsServlet.PATH,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=openemp-metrics" })
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/metrics";
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final transient Supplier<String> scrape;
    private final transient Authenticator authenticator;
    private volatile boolean openToLoopback;
    private volatile Set<String> roles;

    @Activate
    public MetricsServlet(@Reference Metrics metrics, @Reference Authenticator authenticator, SystemConfig config) {
        this(metrics::scrape, authenticator, config.metricsOpenToLoopback(), Set.of(config.metricsRoles()));
    }

    MetricsServlet(Supplier<String> scrape, Authenticator authenticator, boolean openToLoopback, Set<String> roles) {
        this.scrape = scrape;
        this.authenticator = authenticator;
        this.openToLoopback = openToLoopback;
        this.roles = roles;
    }

    @Modified
    void modified(SystemConfig config) {
        openToLoopback = config.metricsOpenToLoopback();
        roles = Set.of(config.metricsRoles());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(openToLoopback && isLoopback(request.getRemoteAddr()))) {
            Optional<Caller> caller = authenticate(request.getHeader("Authorization"));
            if (caller.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"openemp\", charset=\"UTF-8\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "credentials required");
                return;
            }
            if (caller.get().roles().stream().noneMatch(roles::contains)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "one of the roles " + roles + " is required");
                return;
            }
        }
        byte[] body = scrape.get().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether {@code address}, an IP literal as the servlet container reports it, is a loopback address. */
    static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        // literals only (dotted IPv4, or IPv6 with colons): InetAddress then parses and never asks a name server
        if (!literal.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !literal.matches("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private Optional<Caller> authenticate(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return authenticator.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), "http");
    }
}
