package io.openemp.event.internal;

import java.io.IOException;
import java.io.Writer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one client's stream in the text/event-stream format until the client goes away, the hub drops it or
 * the thread is interrupted: a {@code retry} hint, a {@code reset} event when a resume could not be served from
 * the ring, then every event ({@code id}, {@code event}, {@code data}) and a heartbeat comment when idle.
 */
final class SseSession {

    private static final Logger LOG = LoggerFactory.getLogger(SseSession.class);
    static final int RETRY_MILLIS = 5000;

    private SseSession() {
    }

    /** Runs the session on the calling thread; returns why it ended. */
    static String run(StreamClient client, Writer out, long heartbeatMillis) {
        try {
            out.write("retry: " + RETRY_MILLIS + "\n\n");
            if (client.gap()) {
                out.write(format(new StreamEvent(0, "reset", null,
                        "{\"lastEventId\":" + client.resumedFrom() + ",\"reason\":\"events after it are no longer buffered:"
                                + " re-read the state (alarm.list, event.query)\"}"), false));
            }
            out.flush();
            while (!Thread.currentThread().isInterrupted()) {
                StreamEvent event = client.poll(heartbeatMillis);
                if (client.dropReason() != null) {
                    LOG.info("event stream {} ended: {}", client.name(), client.dropReason());
                    return client.dropReason();
                }
                out.write(event == null ? ": heartbeat\n\n" : format(event, true));
                out.flush();
            }
            return "interrupted";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (IOException e) {
            return "client went away";
        }
    }

    /** One event in the text/event-stream format; {@code data} lines are split so that no line break leaks. */
    static String format(StreamEvent event, boolean withId) {
        StringBuilder b = new StringBuilder(event.data().length() + 48);
        if (withId) {
            b.append("id: ").append(event.id()).append('\n');
        }
        b.append("event: ").append(event.topic()).append('\n');
        for (String line : event.data().split("\r\n|\r|\n", -1)) {
            b.append("data: ").append(line).append('\n');
        }
        return b.append('\n').toString();
    }
}
