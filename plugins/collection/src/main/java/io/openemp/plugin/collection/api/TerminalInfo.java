package io.openemp.plugin.collection.api;

import java.time.Instant;

/**
 * A terminal's session as the master station sees it.
 *
 * @param terminal {@code AREA-TERMINAL}
 * @param online whether it is logged in and has been heard within the heartbeat timeout
 * @param connectedAt when it logged in
 * @param lastSeen when a frame of it last arrived
 * @param remote its address and port
 */
public record TerminalInfo(String terminal, boolean online, Instant connectedAt, Instant lastSeen, String remote) {
}
