package io.openemp.access.http.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.access.api.Authenticator;
import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcLimits;
import io.openemp.rpc.internal.StandaloneRegistry;

/** The servlet on a real Jetty on 127.0.0.1, in front of the real registry. */
public class RpcServletTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static Server server;
    static StandaloneRegistry registry;
    static URI uri;
    static HttpClient http = HttpClient.newHttpClient();

    static final String TOKEN = "emp_" + "A".repeat(43);
    /** The client address the servlet last handed over. */
    static volatile String lastSource;

    /** Users of this test: ann (viewer) with password "pw-ann", or with the API token {@link #TOKEN}. */
    static final Authenticator USERS = new Authenticator() {
        @Override
        public Optional<Caller> authenticate(String user, char[] password, String transport) {
            return user.equals("ann") && new String(password).equals("pw-ann")
                    ? Optional.of(Caller.of("ann", Set.of("viewer"), transport)) : Optional.empty();
        }

        @Override
        public Optional<Caller> authenticate(String user, char[] password, String transport, String source) {
            lastSource = source;
            return authenticate(user, password, transport);
        }

        @Override
        public Optional<Caller> authenticateToken(String token, String transport, String source) {
            lastSource = source;
            return TOKEN.equals(token) ? Optional.of(Caller.of("ann", Set.of("viewer"), transport)) : Optional.empty();
        }
    };

    @BeforeClass
    public static void start() throws Exception {
        registry = new StandaloneRegistry(new RpcLimits(4096, 100, 64, 10_000));
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new RpcServlet(registry, USERS)), RpcServlet.PATH);
        server.setHandler(context);
        server.start();
        uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + RpcServlet.PATH);
    }

    @AfterClass
    public static void stop() throws Exception {
        server.stop();
        registry.close();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String body, String contentType, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void aCallIsAnswered() throws Exception {
        HttpResponse<String> r = post("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\",\"id\":1}", "application/json",
                basic("ann", "pw-ann"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertEquals("rpc", body.at("/result/0/id").asText());
        assertEquals(1, body.get("id").asInt());
    }

    @Test
    public void aBearerTokenIsAcceptedNextToBasic() throws Exception {
        lastSource = null;
        HttpResponse<String> r = post("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\",\"id\":1}", "application/json",
                "Bearer " + TOKEN);
        assertEquals(200, r.statusCode());
        assertEquals("the client address is handed to the authenticator", "127.0.0.1", lastSource);
        assertEquals(200, post("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\",\"id\":1}", "application/json",
                "bearer  " + TOKEN).statusCode());
        assertEquals(401, post("{}", "application/json", "Bearer " + TOKEN.substring(0, 20)).statusCode());
        assertEquals(401, post("{}", "application/json", "Bearer ").statusCode());
        HttpResponse<String> refused = post("{}", "application/json", "Bearer emp_wrong");
        assertEquals(401, refused.statusCode());
        assertEquals(List.of(RpcServlet.REALM, RpcServlet.BEARER), refused.headers().allValues("WWW-Authenticate"));
    }

    @Test
    public void basicCredentialsComeWithTheClientAddress() throws Exception {
        lastSource = null;
        assertEquals(200, post("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\",\"id\":1}", "application/json",
                basic("ann", "pw-ann")).statusCode());
        assertEquals("127.0.0.1", lastSource);
    }

    @Test
    public void charsetUtf8IsAccepted() throws Exception {
        assertEquals(200, post("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\",\"id\":1}",
                "application/json; charset=UTF-8", basic("ann", "pw-ann")).statusCode());
    }

    @Test
    public void notificationsOnlyGetNoContent() throws Exception {
        HttpResponse<String> r = post("[{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\"},{\"jsonrpc\":\"2.0\",\"method\":\"rpc.stats\"}]",
                "application/json", basic("ann", "pw-ann"));
        assertEquals(204, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    public void withoutCredentialsIs401() throws Exception {
        HttpResponse<String> r = post("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\",\"id\":1}", "application/json", null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(-32000, JSON.readTree(r.body()).at("/error/code").asInt());
        assertEquals(401, post("{}", "application/json", basic("ann", "wrong")).statusCode());
        assertEquals(401, post("{}", "application/json", "Basic !!!not-base64").statusCode());
        assertEquals(401, post("{}", "application/json", "Bearer abc").statusCode());
    }

    @Test
    public void otherContentTypesAre415() throws Exception {
        HttpResponse<String> r = post("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\",\"id\":1}", "text/plain", basic("ann", "pw-ann"));
        assertEquals(415, r.statusCode());
        assertTrue(JSON.readTree(r.body()).at("/error/message").asText().contains("text/plain"));
        assertEquals(415, post("{}", "application/json; charset=ISO-8859-1", basic("ann", "pw-ann")).statusCode());
        assertEquals(415, post("{}", null, basic("ann", "pw-ann")).statusCode());
    }

    @Test
    public void getIs405WithAllowPost() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).GET().header("Authorization", basic("ann", "pw-ann")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertEquals("POST", r.headers().firstValue("Allow").orElse(""));
        r = http.send(HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
    }

    @Test
    public void aBodyOverTheLimitIs413() throws Exception {
        String big = "{\"jsonrpc\":\"2.0\",\"method\":\"rpc.components\",\"params\":[\"" + "x".repeat(5000) + "\"],\"id\":1}";
        HttpResponse<String> r = post(big, "application/json", basic("ann", "pw-ann"));
        assertEquals(413, r.statusCode());
        assertEquals(-32004, JSON.readTree(r.body()).at("/error/code").asInt());
    }

    @Test
    public void aChunkedBodyOverTheLimitIs413() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + RpcServlet.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + basic("ann", "pw-ann") + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String chunk = "x".repeat(1000);
            for (int i = 0; i < 6; i++) {
                out.write((Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", status);
        }
    }

    @Test
    public void malformedJsonIsAParseErrorWith200() throws Exception {
        HttpResponse<String> r = post("{\"jsonrpc\": \"2.0\", \"method\": \"foobar, \"params\": \"bar\", \"baz]", "application/json",
                basic("ann", "pw-ann"));
        assertEquals(200, r.statusCode());
        assertEquals(-32700, JSON.readTree(r.body()).at("/error/code").asInt());
    }
}
