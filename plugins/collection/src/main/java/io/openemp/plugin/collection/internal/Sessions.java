package io.openemp.plugin.collection.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.Channel;
import io.openemp.plugin.collection.api.TerminalInfo;
import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.Gdw376Codec;

/**
 * The terminals' sessions, keyed by terminal address. A login opens a session (closing an older connection of
 * the same terminal); a terminal silent for longer than the heartbeat timeout is offline: its connection is
 * closed. Sessions that end announce it on the bus. Thread-safe.
 */
final class Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

    private final Map<String, TerminalSession> online = new ConcurrentHashMap<>();
    /** Sessions that went offline, the last one of each terminal (so terminals() shows last-seen). */
    private final Map<String, TerminalInfo> gone = new ConcurrentHashMap<>();
    private final Map<String, CounterSet> counters = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration timeout;
    private final DeviceEvents events;
    private final Gdw376Codec codec;

    Sessions(Clock clock, Duration timeout, DeviceEvents events, Gdw376Codec codec) {
        this.clock = clock;
        this.timeout = timeout;
        this.events = events;
        this.codec = codec;
    }

    /** A login (or a heartbeat on a connection without a session): opens or takes over the terminal's session. */
    TerminalSession login(Address address, Channel channel) {
        String id = TerminalSession.key(address);
        Instant now = clock.instant();
        TerminalSession session = new TerminalSession(id, address.withMsa(0), channel, now, codec, counters(id));
        TerminalSession old = online.put(id, session);
        if (old != null && old.channel() != channel) {
            LOG.info("terminal {} logged in again from {}; closing its connection from {}", id, channel.remoteAddress(),
                    old.channel().remoteAddress());
            old.closed();
            old.channel().close();
        }
        gone.remove(id);
        channel.closeFuture().addListener(f -> ended(session, "connection closed"));
        if (old == null || old.channel() != channel) {
            events.online(id, String.valueOf(channel.remoteAddress()), now);
        }
        return session;
    }

    CounterSet counters(String id) {
        return counters.computeIfAbsent(id, k -> new CounterSet());
    }

    Map<String, CounterSet> allCounters() {
        return counters;
    }

    Optional<TerminalSession> get(String id) {
        return Optional.ofNullable(online.get(id));
    }

    List<TerminalSession> online() {
        return new ArrayList<>(online.values());
    }

    int onlineCount() {
        return online.size();
    }

    /** Every terminal seen since the start, online ones first, then by id. */
    List<TerminalInfo> terminals() {
        List<TerminalInfo> out = new ArrayList<>();
        for (TerminalSession s : online.values()) {
            out.add(s.info(true));
        }
        out.addAll(gone.values());
        out.sort(Comparator.comparing((TerminalInfo t) -> !t.online()).thenComparing(TerminalInfo::terminal));
        return out;
    }

    /** Closes the sessions of terminals silent for longer than the timeout (called every second). */
    void sweep() {
        Instant limit = clock.instant().minus(timeout);
        for (TerminalSession s : online.values()) {
            if (s.lastSeen().isBefore(limit)) {
                LOG.info("terminal {} silent since {}: offline", s.id(), s.lastSeen());
                ended(s, "heartbeat timeout");
                s.channel().close();
            }
        }
    }

    private void ended(TerminalSession session, String reason) {
        if (online.remove(session.id(), session)) {
            session.closed();
            gone.put(session.id(), session.info(false));
            events.offline(session.id(), String.valueOf(session.channel().remoteAddress()), clock.instant(), reason);
        }
    }
}
