package io.openemp.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How a fleet behaves. Build with {@link #builder()}; every check names the option at fault.
 *
 * @param host                master station host (a name or an IP address)
 * @param port                master station TCP port
 * @param terminals           number of terminals
 * @param firstTerminal       terminal address A2 of the first terminal; the others follow (1..65535)
 * @param areaCode            A1, four decimal digits such as "0171" (they also start every meter address)
 * @param meters              DL/T 645 meters behind each terminal, measurement points p1..pN (1..999)
 * @param seed                makes the meters' scale, phase shift and base registers, and the faults, repeatable
 * @param heartbeat           heartbeat period after login
 * @param confirmTimeout      how long a login, heartbeat or report waits for the master's AFN 00
 * @param maxMissedHeartbeats unconfirmed heartbeats in a row after which the terminal reconnects
 * @param reconnectDelay      wait before reconnecting after a lost or refused connection (a random part up to
 *                            as much again is added, so a fleet does not return in lockstep)
 * @param reportInterval      period of active reports (AFN 0C F129, then AFN 0D F161 of yesterday); zero: none
 * @param reportRetries       resends of an unconfirmed report before it is abandoned
 * @param drop                probability that a reply is not sent
 * @param delayMin            least delay of a reply (the delay fault is off while delayMax is zero)
 * @param delayMax            greatest delay of a reply
 * @param badChecksum         probability that a reply is sent with a wrong checksum
 * @param truncated           probability that a reply is sent cut short
 * @param stormEvery          period of reconnect storms (all terminals disconnect and reconnect at once); zero: none
 * @param stormAt             one reconnect storm this long after the start; zero: none
 * @param rampUp              the first connections are spread over this time
 * @param threads             Netty event loop threads (0: the number of processors)
 * @param clock               the meters' clock (the load shape and every time sent come from it)
 * @param zone                the terminals' local time zone (BCD times, tariff periods, daily freezes)
 * @param maxReplyBytes       user data bytes per reply frame before a reply is split over several frames
 */
public record FleetOptions(String host, int port, int terminals, int firstTerminal, String areaCode, int meters,
        long seed, Duration heartbeat, Duration confirmTimeout, int maxMissedHeartbeats, Duration reconnectDelay,
        Duration reportInterval, int reportRetries, double drop, Duration delayMin, Duration delayMax,
        double badChecksum, double truncated, Duration stormEvery, Duration stormAt, Duration rampUp, int threads, Clock clock,
        ZoneId zone, int maxReplyBytes) {

    public FleetOptions {
        require(host != null && !host.isBlank(), "host", "is required");
        require(port >= 1 && port <= 65535, "port", "must lie within 1..65535, not " + port);
        require(terminals >= 1, "terminals", "must be at least 1, not " + terminals);
        require(firstTerminal >= 1 && firstTerminal <= 65535, "firstTerminal", "must lie within 1..65535, not " + firstTerminal);
        require((long) firstTerminal + terminals - 1 <= 65535, "terminals",
                "run past terminal address 65535 (first " + firstTerminal + ", count " + terminals + ")");
        require(areaCode != null && areaCode.matches("[0-9]{4}"), "areaCode",
                "must be four decimal digits such as \"0171\", not " + areaCode);
        require(meters >= 1 && meters <= 999, "meters", "must lie within 1..999, not " + meters);
        positive(heartbeat, "heartbeat");
        positive(confirmTimeout, "confirmTimeout");
        require(maxMissedHeartbeats >= 1, "maxMissedHeartbeats", "must be at least 1, not " + maxMissedHeartbeats);
        notNegative(reconnectDelay, "reconnectDelay");
        notNegative(reportInterval, "reportInterval");
        require(reportRetries >= 0 && reportRetries <= 100, "reportRetries", "must lie within 0..100, not " + reportRetries);
        probability(drop, "drop");
        probability(badChecksum, "badChecksum");
        probability(truncated, "truncated");
        notNegative(delayMin, "delayMin");
        notNegative(delayMax, "delayMax");
        require(delayMax.compareTo(delayMin) >= 0 || delayMax.isZero(), "delayMax",
                "must not be less than delayMin (" + delayMin.toMillis() + " ms), not " + delayMax.toMillis() + " ms");
        notNegative(stormEvery, "stormEvery");
        notNegative(stormAt, "stormAt");
        notNegative(rampUp, "rampUp");
        require(threads >= 0 && threads <= 256, "threads", "must lie within 0..256, not " + threads);
        require(clock != null, "clock", "is required");
        require(zone != null, "zone", "is required");
        require(maxReplyBytes >= 256 && maxReplyBytes <= 16000, "maxReplyBytes",
                "must lie within 256..16000, not " + maxReplyBytes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.terminals = terminals;
        b.firstTerminal = firstTerminal;
        b.areaCode = areaCode;
        b.meters = meters;
        b.seed = seed;
        b.heartbeat = heartbeat;
        b.confirmTimeout = confirmTimeout;
        b.maxMissedHeartbeats = maxMissedHeartbeats;
        b.reconnectDelay = reconnectDelay;
        b.reportInterval = reportInterval;
        b.reportRetries = reportRetries;
        b.drop = drop;
        b.delayMin = delayMin;
        b.delayMax = delayMax;
        b.badChecksum = badChecksum;
        b.truncated = truncated;
        b.stormEvery = stormEvery;
        b.stormAt = stormAt;
        b.rampUp = rampUp;
        b.threads = threads;
        b.clock = clock;
        b.zone = zone;
        b.maxReplyBytes = maxReplyBytes;
        return b;
    }

    private static void require(boolean ok, String option, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(option + " " + problem);
        }
    }

    private static void positive(Duration d, String option) {
        require(d != null && !d.isNegative() && !d.isZero(), option, "must be a positive duration, not " + d);
    }

    private static void notNegative(Duration d, String option) {
        require(d != null && !d.isNegative(), option, "must not be negative, not " + d);
    }

    private static void probability(double p, String option) {
        require(p >= 0 && p <= 1, option, "is a probability within 0..1, not " + p);
    }

    /** Defaults: 127.0.0.1:9100, 1 terminal (A1 0171, A2 1) with 10 meters, heartbeat 60 s, no faults. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 9100;
        private int terminals = 1;
        private int firstTerminal = 1;
        private String areaCode = "0171";
        private int meters = 10;
        private long seed = 1;
        private Duration heartbeat = Duration.ofSeconds(60);
        private Duration confirmTimeout = Duration.ofSeconds(10);
        private int maxMissedHeartbeats = 3;
        private Duration reconnectDelay = Duration.ofSeconds(5);
        private Duration reportInterval = Duration.ZERO;
        private int reportRetries = 2;
        private double drop;
        private Duration delayMin = Duration.ZERO;
        private Duration delayMax = Duration.ZERO;
        private double badChecksum;
        private double truncated;
        private Duration stormEvery = Duration.ZERO;
        private Duration stormAt = Duration.ZERO;
        private Duration rampUp = Duration.ZERO;
        private int threads;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("UTC");
        private int maxReplyBytes = 2048;

        private Builder() {
        }

        public Builder master(String host, int port) {
            this.host = host;
            this.port = port;
            return this;
        }

        public Builder terminals(int terminals) {
            this.terminals = terminals;
            return this;
        }

        public Builder firstTerminal(int firstTerminal) {
            this.firstTerminal = firstTerminal;
            return this;
        }

        public Builder areaCode(String areaCode) {
            this.areaCode = areaCode;
            return this;
        }

        public Builder meters(int meters) {
            this.meters = meters;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder heartbeat(Duration heartbeat) {
            this.heartbeat = heartbeat;
            return this;
        }

        public Builder confirmTimeout(Duration confirmTimeout) {
            this.confirmTimeout = confirmTimeout;
            return this;
        }

        public Builder maxMissedHeartbeats(int maxMissedHeartbeats) {
            this.maxMissedHeartbeats = maxMissedHeartbeats;
            return this;
        }

        public Builder reconnectDelay(Duration reconnectDelay) {
            this.reconnectDelay = reconnectDelay;
            return this;
        }

        public Builder reportInterval(Duration reportInterval) {
            this.reportInterval = reportInterval;
            return this;
        }

        public Builder reportRetries(int reportRetries) {
            this.reportRetries = reportRetries;
            return this;
        }

        public Builder drop(double drop) {
            this.drop = drop;
            return this;
        }

        public Builder delay(Duration min, Duration max) {
            this.delayMin = min;
            this.delayMax = max;
            return this;
        }

        public Builder badChecksum(double badChecksum) {
            this.badChecksum = badChecksum;
            return this;
        }

        public Builder truncated(double truncated) {
            this.truncated = truncated;
            return this;
        }

        public Builder stormEvery(Duration stormEvery) {
            this.stormEvery = stormEvery;
            return this;
        }

        public Builder stormAt(Duration stormAt) {
            this.stormAt = stormAt;
            return this;
        }

        public Builder rampUp(Duration rampUp) {
            this.rampUp = rampUp;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        public Builder maxReplyBytes(int maxReplyBytes) {
            this.maxReplyBytes = maxReplyBytes;
            return this;
        }

        public FleetOptions build() {
            return new FleetOptions(host, port, terminals, firstTerminal, areaCode, meters, seed, heartbeat,
                    confirmTimeout, maxMissedHeartbeats, reconnectDelay, reportInterval, reportRetries, drop, delayMin,
                    delayMax, badChecksum, truncated, stormEvery, stormAt, rampUp, threads, clock, zone, maxReplyBytes);
        }
    }
}
