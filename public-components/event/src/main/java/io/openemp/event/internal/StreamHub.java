package io.openemp.event.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live event stream: gives every event the next id, keeps the last {@code ringSize} in memory for clients
 * that resume with Last-Event-ID, and hands each event to every client that wants it. Publishing and
 * subscribing are serialized, so a resuming client gets each event exactly once: from the replay or live.
 */
final class StreamHub {

    private static final Logger LOG = LoggerFactory.getLogger(StreamHub.class);

    private final int ringSize;
    private final int clientCapacity;
    private final ArrayDeque<StreamEvent> ring;
    private final List<StreamClient> clients = new CopyOnWriteArrayList<>();
    private long lastId;
    private long dropped;

    /**
     * @param firstId the id of the first event; ids only grow. Seeding it from the clock (milliseconds x 1000)
     *        keeps ids increasing across restarts without storing a counter.
     */
    StreamHub(int ringSize, int clientCapacity, long firstId) {
        this.ringSize = ringSize;
        this.clientCapacity = clientCapacity;
        this.ring = new ArrayDeque<>(Math.min(ringSize, 1024));
        this.lastId = firstId - 1;
    }

    /** Publishes an event and returns it with its id. */
    synchronized StreamEvent publish(String topic, String source, String data) {
        StreamEvent event = new StreamEvent(++lastId, topic, source, data);
        if (ringSize > 0) {
            if (ring.size() == ringSize) {
                ring.removeFirst();
            }
            ring.addLast(event);
        }
        for (StreamClient client : clients) {
            if (client.dropReason() == null && client.wants(event) && !client.offer(event)) {
                String reason = "too slow: " + client.pending() + " events waiting (clientQueueCapacity " + clientCapacity + ")";
                client.drop(reason);
                clients.remove(client);
                dropped++;
                LOG.warn("event stream client {} disconnected: {}", client.name(), reason);
            }
        }
        return event;
    }

    /**
     * A new client. With {@code lastEventId}, the ring's events after it that pass {@code filter} are queued
     * first; when events after it have already left the ring (or the id is unknown), the client is marked
     * {@link StreamClient#gap()}.
     */
    synchronized StreamClient subscribe(String name, Predicate<StreamEvent> filter, Long lastEventId) {
        List<StreamEvent> replay = new ArrayList<>();
        boolean gap = false;
        if (lastEventId != null) {
            long oldest = ring.isEmpty() ? lastId + 1 : ring.peekFirst().id();
            gap = lastEventId < oldest - 1 || lastEventId > lastId;
            for (StreamEvent e : ring) {
                if (e.id() > lastEventId && filter.test(e)) {
                    replay.add(e);
                }
            }
        }
        StreamClient client = new StreamClient(name, filter, clientCapacity, replay, gap,
                lastEventId == null ? -1 : lastEventId);
        clients.add(client);
        return client;
    }

    void unsubscribe(StreamClient client) {
        clients.remove(client);
    }

    int clients() {
        return clients.size();
    }

    synchronized long lastId() {
        return lastId;
    }

    synchronized long droppedClients() {
        return dropped;
    }

    /** Disconnects everyone (the service stops). */
    void close() {
        for (StreamClient client : clients) {
            client.drop("the event service stopped");
        }
        clients.clear();
    }
}
