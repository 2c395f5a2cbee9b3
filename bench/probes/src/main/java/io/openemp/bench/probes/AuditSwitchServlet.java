package io.openemp.bench.probes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import io.openemp.access.api.Authenticator;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;

/**
 * {@code POST /bench/audit?enabled=false|true&group=false|true}: disables or enables the platform's call auditor
 * ({@code io.openemp.access.internal.DispatcherAudit}, {@code enabled}) and the group-commit prototype
 * ({@link GroupCommitAuditor}, {@code group}) through Declarative Services, exactly what the console's
 * {@code scr:disable} / {@code scr:enable} do. It exists because the benchmark toggles the auditor between rounds and
 * the remote console was not usable in the build it was written against. Admin only (Basic, the platform's login).
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/bench/audit",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=bench-audit-switch" })
public class AuditSwitchServlet extends HttpServlet {

    static final String AUDITOR = "io.openemp.access.internal.DispatcherAudit";
    private static final long serialVersionUID = 1L;

    private final transient Authenticator authenticator;
    private final transient ServiceComponentRuntime scr;

    @Activate
    public AuditSwitchServlet(@Reference Authenticator authenticator, @Reference ServiceComponentRuntime scr) {
        this.authenticator = authenticator;
        this.scr = scr;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = basic(request.getHeader("Authorization"));
        if (caller.isEmpty() || !caller.get().roles().contains(Roles.ADMIN)) {
            text(response, HttpServletResponse.SC_FORBIDDEN, "admin only");
            return;
        }
        StringBuilder answer = new StringBuilder();
        String[][] switches = { { "enabled", AUDITOR }, { "group", GroupCommitAuditor.NAME },
                { "behind", WriteBehindAuditor.NAME } };
        for (String[] sw : switches) {
            String value = request.getParameter(sw[0]);
            if (value == null) {
                continue;
            }
            if (!"true".equals(value) && !"false".equals(value)) {
                text(response, HttpServletResponse.SC_BAD_REQUEST, sw[0] + " must be true or false");
                return;
            }
            ComponentDescriptionDTO component = scr.getComponentDescriptionDTOs().stream()
                    .filter(d -> sw[1].equals(d.name)).findFirst().orElse(null);
            if (component == null) {
                text(response, HttpServletResponse.SC_NOT_FOUND, "no component " + sw[1]);
                return;
            }
            try {
                (Boolean.parseBoolean(value) ? scr.enableComponent(component) : scr.disableComponent(component))
                        .timeout(TimeUnit.SECONDS.toMillis(10)).getValue();
            } catch (Exception e) {
                text(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "could not switch " + sw[1] + ": " + e);
                return;
            }
            answer.append(answer.length() == 0 ? "" : " ").append(sw[1]).append(" enabled=")
                    .append(scr.isComponentEnabled(component));
        }
        if (answer.length() == 0) {
            text(response, HttpServletResponse.SC_BAD_REQUEST, "give enabled, group and/or behind = true|false");
            return;
        }
        text(response, HttpServletResponse.SC_OK, answer.toString());
    }

    private Optional<Caller> basic(String header) {
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
        return colon <= 0 ? Optional.empty()
                : authenticator.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), "http");
    }

    private static void text(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
