package io.openemp.event.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/** The parsed query of {@code GET /api/events}: which topics, and where to resume. */
record StreamRequest(Set<String> topics, Long lastEventId) {

    /**
     * @param topics the {@code topics} parameter (comma-separated), null for every topic
     * @param lastEventId the {@code Last-Event-ID} header or {@code lastEventId} parameter, null for none
     * @throws IllegalArgumentException saying what is wrong
     */
    static StreamRequest parse(String topics, String lastEventId) {
        Set<String> wanted = new LinkedHashSet<>();
        if (topics == null || topics.isBlank()) {
            wanted.addAll(EventService.STREAM_TOPICS);
        } else {
            if (topics.length() > 200) {
                throw new IllegalArgumentException("topics is too long");
            }
            for (String topic : topics.split(",", -1)) {
                String t = topic.trim();
                if (!EventService.STREAM_TOPICS.contains(t)) {
                    throw new IllegalArgumentException("unknown topic '" + (t.length() > 40 ? t.substring(0, 40) + "..." : t)
                            + "': use " + String.join(", ", EventService.STREAM_TOPICS));
                }
                wanted.add(t);
            }
        }
        Long last = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                last = Long.valueOf(lastEventId.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Last-Event-ID must be an event id (a number)");
            }
            if (last < 0) {
                throw new IllegalArgumentException("Last-Event-ID must not be negative");
            }
        }
        return new StreamRequest(Set.copyOf(wanted), last);
    }
}
