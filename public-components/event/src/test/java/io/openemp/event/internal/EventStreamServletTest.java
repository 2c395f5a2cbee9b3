package io.openemp.event.internal;

import static io.openemp.event.internal.Fixture.T0;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.access.api.Authenticator;
import io.openemp.bus.api.BusEvent;
import io.openemp.event.api.Severity;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;

/** GET /api/events on a real Jetty 9.4 over real sockets on 127.0.0.1. */
public class EventStreamServletTest {

    /** Users of the test: vic (viewer), bob (viewer of county-b only, through the scope hook), nora (no role). */
    private static final Authenticator USERS = (user, password, transport) -> {
        String expected = Map.of("vic", "vic-pw", "bob", "bob-pw", "nora", "nora-pw").get(user);
        if (expected == null || !expected.equals(new String(password))) {
            return Optional.empty();
        }
        return Optional.of(Caller.of(user, user.equals("nora") ? Set.of() : Set.of(Roles.VIEWER), transport));
    };

    private static Fixture fixture;
    private EventService events;
    private Server server;
    private String base;
    private final List<HttpURLConnection> connections = new ArrayList<>();

    @BeforeClass
    public static void startStore() {
        fixture = new Fixture();
    }

    @AfterClass
    public static void stopStore() {
        fixture.close();
    }

    @Before
    public void start() throws Exception {
        fixture.clock.set(T0);
        Settings s = Settings.DEFAULTS;
        events = fixture.fresh(new Settings(s.deviceEventRetention(), s.auditRetention(), s.closedAlarmRetention(),
                s.purgeInterval(), s.sweep(), s.maxShelve(), 100, 100, 100, Duration.ofSeconds(1), 2));
        events.bindScope((caller, topic, source) -> !caller.user().equals("bob") || source != null && source.startsWith("county-b/"));
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new EventStreamServlet(events, USERS)), EventStreamServlet.PATH);
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort() + EventStreamServlet.PATH;
    }

    @After
    public void stop() throws Exception {
        connections.forEach(HttpURLConnection::disconnect);
        events.deactivate();
        server.stop();
    }

    private HttpURLConnection open(String query, String user, String password, String lastEventId) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(base + query).openConnection();
        c.setReadTimeout(5000);
        if (user != null) {
            c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (lastEventId != null) {
            c.setRequestProperty("Last-Event-ID", lastEventId);
        }
        connections.add(c);
        return c;
    }

    private static String errorBody(HttpURLConnection c) throws IOException {
        try (InputStream in = c.getErrorStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    /** Reads SSE lines until {@code count} events (id lines) have been seen; returns the "id event data" of each. */
    private static List<String> events(BufferedReader reader, int count) throws IOException {
        List<String> found = new ArrayList<>();
        String id = null;
        String event = null;
        String line;
        while (found.size() < count && (line = reader.readLine()) != null) {
            if (line.startsWith("id: ")) {
                id = line.substring(4);
            } else if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ") && id != null) {
                found.add(id + " " + event + " " + line.substring(6));
                id = null;
            }
        }
        return found;
    }

    private static BufferedReader reader(HttpURLConnection c) throws IOException {
        return new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
    }

    @Test
    public void withoutValidCredentialsItIs401() throws Exception {
        HttpURLConnection none = open("", null, null, null);
        assertEquals(401, none.getResponseCode());
        assertEquals("Basic realm=\"OpenEMP\", charset=\"UTF-8\"", none.getHeaderField("WWW-Authenticate"));
        assertEquals(401, open("", "vic", "wrong", null).getResponseCode());
        HttpURLConnection garbage = open("", null, null, null);
        garbage.setRequestProperty("Authorization", "Basic %%%");
        assertEquals(401, garbage.getResponseCode());
        assertEquals(403, open("", "nora", "nora-pw", null).getResponseCode());
    }

    @Test
    public void badRequestsSayWhatIsWrong() throws Exception {
        HttpURLConnection topic = open("?topics=alarm,secrets", "vic", "vic-pw", null);
        assertEquals(400, topic.getResponseCode());
        assertEquals("unknown topic 'secrets': use alarm, device, audit, plugin", errorBody(topic));
        HttpURLConnection id = open("", "vic", "vic-pw", "yesterday");
        assertEquals(400, id.getResponseCode());
        HttpURLConnection post = open("", "vic", "vic-pw", null);
        post.setRequestMethod("POST");
        assertEquals(405, post.getResponseCode());
        assertEquals("GET", post.getHeaderField("Allow"));
    }

    @Test
    public void aClientGetsItsTopicsLiveAndResumesWithLastEventId() throws Exception {
        HttpURLConnection c = open("?topics=alarm", "vic", "vic-pw", null);
        assertEquals(200, c.getResponseCode());
        assertEquals("text/event-stream;charset=utf-8", c.getContentType().replace(" ", "").toLowerCase());
        BufferedReader reader = reader(c);
        assertEquals("retry: 5000", reader.readLine());
        events.onDeviceEvent(new BusEvent("emp/device/online", Map.of("device", "C-1"))); // not asked for
        String first = events.raise("county-a/M-1", "x", Severity.HIGH, "first", "u").id();
        List<String> got = events(reader, 1);
        long firstId = Long.parseLong(got.get(0).split(" ")[0]);
        assertTrue(got.get(0), got.get(0).startsWith(firstId + " alarm {\"type\":\"raised\",\"alarm\":{\"id\":\"" + first + "\""));
        c.disconnect();

        events.raise("county-a/M-2", "x", Severity.HIGH, "while away", "u");
        events.onDeviceEvent(new BusEvent("emp/device/offline", Map.of("device", "C-1")));
        HttpURLConnection again = open("?topics=alarm,device", "vic", "vic-pw", String.valueOf(firstId));
        BufferedReader resumed = reader(again);
        List<String> missed = events(resumed, 2);
        assertEquals(firstId + 1, Long.parseLong(missed.get(0).split(" ")[0]));
        assertTrue(missed.get(0), missed.get(0).contains("\"message\":\"while away\""));
        assertTrue(missed.get(1), missed.get(1).startsWith((firstId + 2) + " device {\"type\":\"device\",\"topic\":\"emp/device/offline\""));
    }

    @Test
    public void idleClientsGetHeartbeats() throws Exception {
        HttpURLConnection c = open("", "vic", "vic-pw", null);
        BufferedReader reader = reader(c);
        assertEquals("retry: 5000", reader.readLine());
        assertEquals("", reader.readLine());
        assertEquals(": heartbeat", reader.readLine());
    }

    @Test
    public void eachClientSeesOnlyItsScope() throws Exception {
        BufferedReader bob = reader(open("?topics=alarm", "bob", "bob-pw", null));
        BufferedReader vic = reader(open("?topics=alarm", "vic", "vic-pw", null));
        bob.readLine();
        vic.readLine();
        events.raise("county-a/M-1", "x", Severity.LOW, "a", "u");
        events.raise("county-b/M-1", "x", Severity.LOW, "b", "u");
        List<String> bobs = events(bob, 1);
        assertTrue(bobs.get(0), bobs.get(0).contains("\"source\":\"county-b/M-1\""));
        List<String> vics = events(vic, 2);
        assertTrue(vics.get(0), vics.get(0).contains("\"source\":\"county-a/M-1\""));
        assertTrue(vics.get(1), vics.get(1).contains("\"source\":\"county-b/M-1\""));
    }

    @Test
    public void clientsBeyondTheLimitAre503() throws Exception {
        reader(open("", "vic", "vic-pw", null)).readLine();
        reader(open("", "vic", "vic-pw", null)).readLine();
        HttpURLConnection third = open("", "vic", "vic-pw", null);
        assertEquals(503, third.getResponseCode());
        assertEquals("30", third.getHeaderField("Retry-After"));
        try {
            third.getInputStream();
            fail();
        } catch (IOException expected) {
            // 503 has no stream
        }
    }
}
