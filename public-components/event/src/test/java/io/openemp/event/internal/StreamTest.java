package io.openemp.event.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.Test;

/** The stream without a servlet container: ids, the ring, resuming, filtering, slow clients and the wire format. */
public class StreamTest {

    private static List<Long> drain(StreamClient client) throws InterruptedException {
        List<Long> ids = new ArrayList<>();
        StreamEvent e;
        while ((e = client.poll(0)) != null) {
            ids.add(e.id());
        }
        return ids;
    }

    @Test
    public void idsIncreaseFromTheSeed() {
        StreamHub hub = new StreamHub(10, 10, 5000);
        assertEquals(5000, hub.publish("alarm", "M-1", "{}").id());
        assertEquals(5001, hub.publish("device", "M-1", "{}").id());
        assertEquals(5001, hub.lastId());
    }

    @Test
    public void aResumingClientGetsWhatItMissedOnceThenLiveEvents() throws Exception {
        StreamHub hub = new StreamHub(5, 10, 1);
        for (int i = 0; i < 4; i++) {
            hub.publish("alarm", "M-1", "{}");            // ids 1..4
        }
        StreamClient client = hub.subscribe("c", e -> true, 2L);
        assertFalse(client.gap());
        hub.publish("alarm", "M-1", "{}");                // 5
        assertEquals(List.of(3L, 4L, 5L), drain(client));
        StreamClient upToDate = hub.subscribe("d", e -> true, 5L);
        assertEquals(List.of(), drain(upToDate));
        assertFalse(upToDate.gap());
        StreamClient fresh = hub.subscribe("e", e -> true, null);
        assertEquals("no Last-Event-ID: live events only", List.of(), drain(fresh));
    }

    @Test
    public void aResumeFromBeforeTheRingIsAGap() throws Exception {
        StreamHub hub = new StreamHub(3, 10, 1);
        for (int i = 0; i < 6; i++) {
            hub.publish("alarm", null, "{}");             // ids 1..6, ring holds 4..6
        }
        StreamClient edge = hub.subscribe("c", e -> true, 3L);
        assertFalse("3 is just before the ring: nothing missed", edge.gap());
        assertEquals(List.of(4L, 5L, 6L), drain(edge));
        StreamClient late = hub.subscribe("d", e -> true, 2L);
        assertTrue(late.gap());
        assertEquals("what is still there is replayed", List.of(4L, 5L, 6L), drain(late));
        assertTrue("an id from the future (another run)", hub.subscribe("f", e -> true, 99L).gap());
        StreamHub restarted = new StreamHub(3, 10, 1000);
        assertTrue("after a restart the ring is empty", restarted.subscribe("g", e -> true, 6L).gap());
        assertFalse(restarted.subscribe("h", e -> true, 999L).gap());
    }

    @Test
    public void clientsGetOnlyTheTopicsAndSourcesTheirFilterLets() throws Exception {
        StreamHub hub = new StreamHub(10, 10, 1);
        Set<String> topics = Set.of("alarm");
        StreamClient client = hub.subscribe("c", e -> topics.contains(e.topic()) && "county-a".equals(e.source()), null);
        hub.publish("alarm", "county-a", "{}");
        hub.publish("alarm", "county-b", "{}");
        hub.publish("device", "county-a", "{}");
        hub.publish("alarm", "county-a", "{}");
        assertEquals(List.of(1L, 4L), drain(client));
        StreamClient resumed = hub.subscribe("r", e -> "county-b".equals(e.source()), 0L);
        assertEquals("the replay is filtered too", List.of(2L), drain(resumed));
    }

    @Test
    public void aSlowClientIsDroppedWithoutHoldingUpOthers() throws Exception {
        StreamHub hub = new StreamHub(10, 3, 1);
        StreamClient slow = hub.subscribe("slow", e -> true, null);
        StreamClient quick = hub.subscribe("quick", e -> true, null);
        for (int i = 0; i < 3; i++) {
            hub.publish("alarm", null, "{}");
            drain(quick);
        }
        assertNull(slow.dropReason());
        hub.publish("alarm", null, "{}");
        assertEquals("too slow: 3 events waiting (clientQueueCapacity 3)", slow.dropReason());
        assertNull(slow.poll(0));
        assertEquals(1, hub.clients());
        assertEquals(1, hub.droppedClients());
        assertEquals(List.of(4L), drain(quick));
        assertEquals("the session ends and says why", "too slow: 3 events waiting (clientQueueCapacity 3)",
                SseSession.run(slow, new StringWriter(), 10));
    }

    @Test
    public void theWireFormat() {
        assertEquals("id: 7\nevent: alarm\ndata: {\"type\":\"raised\"}\n\n",
                SseSession.format(new StreamEvent(7, "alarm", "M-1", "{\"type\":\"raised\"}"), true));
        assertEquals("a line break cannot end the event early", "id: 8\nevent: device\ndata: a\ndata: b\ndata: c\n\n",
                SseSession.format(new StreamEvent(8, "device", null, "a\nb\r\nc"), true));
    }

    @Test
    public void aSessionWritesRetryTheReplayEventsAndHeartbeats() throws Exception {
        StreamHub hub = new StreamHub(10, 10, 1);
        hub.publish("alarm", null, "{\"n\":1}");
        StreamClient client = hub.subscribe("c", e -> true, 0L);
        SyncWriter out = new SyncWriter();
        CompletableFuture<String> session = CompletableFuture.supplyAsync(() -> SseSession.run(client, out, 50));
        out.await("data: {\"n\":1}\n\n");
        out.await(": heartbeat\n\n");
        hub.publish("alarm", null, "{\"n\":2}");
        out.await("id: 2\nevent: alarm\ndata: {\"n\":2}\n\n");
        hub.close();
        assertEquals("the event service stopped", session.get(5, TimeUnit.SECONDS));
        assertTrue(out.text(), out.text().startsWith("retry: 5000\n\nid: 1\nevent: alarm\ndata: {\"n\":1}\n\n"));
    }

    @Test
    public void aSessionTellsAClientThatCannotBeFullyResumedToReRead() {
        StreamHub hub = new StreamHub(1, 10, 1);
        hub.publish("alarm", null, "{}");
        hub.publish("alarm", null, "{}");
        StreamClient client = hub.subscribe("c", e -> true, 0L);
        String ended = SseSession.run(client, new FailingWriter(2), 10);
        assertEquals("client went away", ended);
        StringWriter first = new StringWriter();
        StreamClient again = hub.subscribe("d", e -> true, 0L);
        hub.close();
        SseSession.run(again, first, 10);
        assertTrue(first.toString(), first.toString().startsWith("retry: 5000\n\nevent: reset\ndata: {\"lastEventId\":0,"));
    }

    @Test
    public void streamRequestsAreChecked() {
        assertEquals(Set.copyOf(EventService.STREAM_TOPICS), StreamRequest.parse(null, null).topics());
        StreamRequest r = StreamRequest.parse("alarm, device", "42");
        assertEquals(Set.of("alarm", "device"), r.topics());
        assertEquals(Long.valueOf(42), r.lastEventId());
        refused("unknown topic 'reading': use alarm, device, audit, plugin", "alarm,reading", null);
        refused("unknown topic '': use alarm, device, audit, plugin", "alarm,", null);
        refused("topics is too long", "alarm,".repeat(50), null);
        refused("Last-Event-ID must be an event id (a number)", "alarm", "abc");
        refused("Last-Event-ID must be an event id (a number)", "alarm", "99999999999999999999999");
        refused("Last-Event-ID must not be negative", "alarm", "-1");
    }

    private static void refused(String message, String topics, String lastId) {
        try {
            StreamRequest.parse(topics, lastId);
            fail(message);
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    public void theServiceStreamsAlarmTransitionsDeviceAndAuditEvents() throws Exception {
        try (Fixture fixture = new Fixture()) {
            EventService events = fixture.fresh();
            StreamClient client = events.hub().subscribe("c", e -> !e.topic().equals("audit"), null);
            io.openemp.event.api.Alarm a = events.raise("M-1", "x", io.openemp.event.api.Severity.LOW, "m", "u");
            events.raise("M-1", "x", io.openemp.event.api.Severity.LOW, "m", "u");
            events.acknowledge(Fixture.ANN, a.id(), null);
            events.onDeviceEvent(new io.openemp.bus.api.BusEvent("emp/device/online", java.util.Map.of("device", "C-1")));
            List<String> seen = new ArrayList<>();
            List<String> data = new ArrayList<>();
            StreamEvent e;
            while ((e = client.poll(0)) != null) {
                seen.add(e.topic() + ":" + e.data().substring(0, e.data().indexOf(',')));
                data.add(e.data());
            }
            com.fasterxml.jackson.databind.JsonNode acked = new com.fasterxml.jackson.databind.ObjectMapper().readTree(data.get(2));
            assertEquals("ACKNOWLEDGED", acked.get("alarm").get("state").asText());
            assertEquals(2, acked.get("alarm").get("count").asInt());
            assertEquals("only the latest transition travels", 1, acked.get("alarm").get("history").size());
            assertEquals("ann", acked.get("alarm").get("history").get(0).get("by").asText());
            assertEquals(List.of("alarm:{\"type\":\"raised\"", "alarm:{\"type\":\"repeated\"", "alarm:{\"type\":\"acknowledged\"",
                    "device:{\"type\":\"device\""), seen);
            List<io.openemp.event.api.StoredEvent> audit = events.query(Fixture.ANN, EventLog.Kind.AUDIT, null, null, null, null, 10);
            assertEquals(1, audit.size());
            assertEquals("alarm.ack", audit.get(0).topic());
            assertEquals("ann", audit.get(0).properties().get("by"));
            List<io.openemp.event.api.StoredEvent> device = events.query(Fixture.ANN, EventLog.Kind.DEVICE, null, null, null, null, 10);
            assertEquals("the kept event carries its stream id", events.hub().lastId(), device.get(0).seq());
            assertTrue(events.hub().lastId() > Fixture.T0.toEpochMilli() * 1000);
        }
    }

    /** A writer another thread can wait on. */
    private static final class SyncWriter extends Writer {
        private final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void write(char[] cbuf, int off, int len) {
            text.append(cbuf, off, len);
            notifyAll();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        synchronized String text() {
            return text.toString();
        }

        synchronized void await(String part) throws InterruptedException {
            long end = System.currentTimeMillis() + 5000;
            while (!text.toString().contains(part)) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    fail("never written: " + part + " in " + text);
                }
                wait(left);
            }
        }
    }

    /** A client that goes away after {@code writes} writes. */
    private static final class FailingWriter extends Writer {
        private int left;

        FailingWriter(int writes) {
            this.left = writes;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            if (left-- <= 0) {
                throw new IOException("broken pipe");
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    static List<String> topics(List<StreamEvent> events) {
        return events.stream().map(StreamEvent::topic).collect(Collectors.toList());
    }
}
