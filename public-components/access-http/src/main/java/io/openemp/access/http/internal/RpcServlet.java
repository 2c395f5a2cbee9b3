package io.openemp.access.http.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import io.openemp.access.api.Authenticator;
import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;
import io.openemp.rpc.api.RpcErrors;

/**
 * {@code POST /api/rpc}: JSON-RPC 2.0 over HTTP. Only POST (405 with {@code Allow: POST} otherwise), only
 * {@code application/json} in UTF-8 (415 otherwise), HTTP Basic authentication against the platform's users or
 * an API token as {@code Authorization: Bearer emp_...} (401 without valid credentials, failures counted per
 * user and per client address), a body no larger than the registry's limit (413); then the one dispatcher
 * answers, 204 when the request held only notifications.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + RpcServlet.PATH,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=openemp-jsonrpc" })
public class RpcServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/api/rpc";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String REALM = "Basic realm=\"OpenEMP\", charset=\"UTF-8\"";
    static final String BEARER = "Bearer realm=\"OpenEMP\"";

    private final transient RpcDispatcher dispatcher;
    private final transient Authenticator authenticator;

    @Activate
    public RpcServlet(@Reference RpcDispatcher dispatcher, @Reference Authenticator authenticator) {
        this.dispatcher = dispatcher;
        this.authenticator = authenticator;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            fail(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, RpcErrors.INVALID_REQUEST,
                    "Method " + request.getMethod() + " not allowed: JSON-RPC requests are POSTed");
            return;
        }
        Optional<Caller> caller = authenticate(request.getHeader("Authorization"), request.getRemoteAddr());
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", REALM);
            response.addHeader("WWW-Authenticate", BEARER);
            fail(response, HttpServletResponse.SC_UNAUTHORIZED, RpcErrors.UNAUTHORIZED,
                    "Unauthorized: HTTP Basic credentials of a platform user, or a Bearer API token, are required");
            return;
        }
        String unsupported = unsupportedContentType(request.getContentType());
        if (unsupported != null) {
            fail(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, RpcErrors.INVALID_REQUEST, unsupported);
            return;
        }
        long max = dispatcher.limits().maxRequestBytes();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            tooLarge(response, max);
            return;
        }
        byte[] body = read(request.getInputStream(), max);
        if (body == null) {
            tooLarge(response, max);
            return;
        }
        byte[] answer = dispatcher.dispatch(body, caller.get());
        if (answer == null) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    /** The caller of {@code Basic} credentials or a {@code Bearer} API token; empty for anything else. */
    private Optional<Caller> authenticate(String header, String source) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.length() > 7 && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authenticator.authenticateToken(header.substring(7).trim(), "http", source);
        }
        if (header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
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
        return authenticator.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), "http", source);
    }

    /** Why the content type is refused, or {@code null} when it is JSON in UTF-8. */
    static String unsupportedContentType(String contentType) {
        if (contentType == null) {
            return "Content-Type application/json is required";
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            return "Content-Type " + parts[0].trim() + " is not supported: use application/json";
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=")) {
                String charset = parameter.substring(8).replace("\"", "");
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    return "charset " + charset + " is not supported: JSON is UTF-8";
                }
            }
        }
        return null;
    }

    /** The whole body, or {@code null} when it is longer than {@code max}. */
    static byte[] read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void tooLarge(HttpServletResponse response, long max) throws IOException {
        response.setHeader("Connection", "close");
        fail(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, RpcErrors.TOO_LARGE,
                "Request too large: the limit is " + max + " bytes");
    }

    private static void fail(HttpServletResponse response, int status, int code, String message) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("jsonrpc", "2.0");
        envelope.put("error", error);
        envelope.put("id", null);
        byte[] body = JSON.writeValueAsBytes(envelope);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
