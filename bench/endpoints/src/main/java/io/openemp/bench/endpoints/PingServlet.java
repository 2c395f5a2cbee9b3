package io.openemp.bench.endpoints;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The plain-servlet reference (the ceiling of the container): {@code POST /bench/ping} on the HTTP Whiteboard, on the
 * same Jetty as {@code /api/rpc}. It parses the body with Jackson and writes the {@code system.ping} answer with the
 * request's id; nothing else (no authentication, no dispatcher).
 */
public class PingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body = JSON.readTree(request.getInputStream());
        byte[] answer = JSON.writeValueAsBytes(new PingAnswer(body == null ? null : body.get("id")));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }
}
