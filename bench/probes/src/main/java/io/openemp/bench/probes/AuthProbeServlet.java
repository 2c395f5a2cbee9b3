package io.openemp.bench.probes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.openemp.access.api.Authenticator;
import io.openemp.plugin.api.Caller;

/**
 * {@code POST /bench/auth}: the plain servlet plus the platform's authentication, nothing else. It checks the Basic
 * header with the platform's {@link Authenticator} (as the JSON-RPC servlet does), then parses the body with Jackson
 * and writes the {@code system.ping} answer itself. Its cost minus the plain servlet's is the cost of authenticating.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/bench/auth",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=bench-auth-probe" })
public class AuthProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Authenticator authenticator;

    @Activate
    public AuthProbeServlet(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = authenticate(request.getHeader("Authorization"));
        if (caller.isEmpty()) {
            Bodies.answer(response, HttpServletResponse.SC_UNAUTHORIZED, "{}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        JsonNode body = JSON.readTree(request.getInputStream());
        ObjectNode answer = JSON.createObjectNode();
        answer.put("jsonrpc", "2.0");
        answer.put("result", "pong");
        answer.set("id", body == null ? null : body.get("id"));
        Bodies.answer(response, HttpServletResponse.SC_OK, JSON.writeValueAsBytes(answer));
    }

    private Optional<Caller> authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
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
