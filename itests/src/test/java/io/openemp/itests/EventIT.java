package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The event service in the distribution: alarms raised by RPC reach an authenticated Server-Sent Events stream, and
 * a client that reconnects with Last-Event-ID gets exactly the events it missed.
 */
public class EventIT extends PlatformTestSupport {

    /** One SSE event as read off the wire. */
    record Sse(String id, String event, String data) {
    }

    private URI events(String query) {
        return URI.create("http://127.0.0.1:" + System.getProperty("emp.itest.http.port") + "/api/events?" + query);
    }

    private HttpResponse<InputStream> open(String user, String password, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(events("topics=alarm")).timeout(Duration.ofSeconds(60)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return http().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Reads events until one whose data contains {@code marker} (heartbeat comments skipped); fails after 30 s. */
    private static List<Sse> readUntil(BufferedReader in, String marker) throws Exception {
        List<Sse> seen = new ArrayList<>();
        String id = null;
        String event = null;
        StringBuilder data = new StringBuilder();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String line = in.readLine();
            if (line == null) {
                break;
            }
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    Sse e = new Sse(id, event, data.toString());
                    seen.add(e);
                    if (e.data().contains(marker)) {
                        return seen;
                    }
                }
                id = null;
                event = null;
                data.setLength(0);
            } else if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).trim());
            }
        }
        throw new AssertionError("no event with " + marker + " in " + seen);
    }

    private void raise(String source) throws Exception {
        JsonNode raised = call("alarm.raise", "{\"source\":\"" + source + "\",\"condition\":\"door-open\",\"severity\":\"HIGH\","
                + "\"message\":\"cabinet door open\"}");
        assertTrue(raised.toString(), raised.has("result"));
    }

    @Test
    public void theStreamNeedsCredentials() throws Exception {
        assertEquals(401, open(null, null, null).statusCode());
        assertEquals(401, open("admin", "not-the-password", null).statusCode());
    }

    @Test
    public void aReconnectingClientGetsExactlyWhatItMissed() throws Exception {
        String first = "IT-CAB-" + UUID.randomUUID();
        String second = "IT-CAB-" + UUID.randomUUID();
        String third = "IT-CAB-" + UUID.randomUUID();
        HttpResponse<InputStream> stream = open("admin", ADMIN_PASSWORD, null);
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        String lastId;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            raise(first);
            List<Sse> seen = readUntil(in, first);
            lastId = seen.get(seen.size() - 1).id();
            assertTrue("events carry ids", lastId != null && !lastId.isEmpty());
        }
        // offline: two alarms happen
        raise(second);
        raise(third);
        HttpResponse<InputStream> resumed = open("admin", ADMIN_PASSWORD, lastId);
        assertEquals(200, resumed.statusCode());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resumed.body(), StandardCharsets.UTF_8))) {
            List<Sse> replay = readUntil(in, third);
            String all = replay.toString();
            assertTrue("the missed alarm is replayed: " + all, all.contains(second));
            assertFalse("what the client had is not sent again: " + all, all.contains(first));
            for (Sse e : replay) {
                assertTrue("ids increase after " + lastId + ": " + e, Long.parseLong(e.id()) > Long.parseLong(lastId));
            }
        }
    }
}
