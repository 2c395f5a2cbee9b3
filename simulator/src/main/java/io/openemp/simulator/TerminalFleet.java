package io.openemp.simulator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import io.openemp.simulator.internal.Fleet;
import io.openemp.simulator.internal.Meter;
import io.openemp.simulator.internal.MeterModel;
import io.openemp.simulator.internal.Terminal;

/**
 * A fleet of simulated Q/GDW 1376.1 terminals, each with DL/T 645 meters behind it, connecting to one master
 * station. All terminals share one Netty event loop group.
 *
 * <pre>
 * try (TerminalFleet fleet = new TerminalFleet(FleetOptions.builder().master("127.0.0.1", 9100).terminals(100).build())) {
 *     fleet.start();
 *     fleet.awaitLoggedIn(100, Duration.ofSeconds(10));
 *     long beats = fleet.count(Counter.HEARTBEATS_CONFIRMED);
 * }
 * </pre>
 *
 * Terminal {@code k} (0-based) has address A1 = the area code, A2 = firstTerminal + k; its meter at point pn has
 * the address {@link #meterAddress(String, int, int)}. The expected values ({@link #registers}, {@link #power},
 * {@link #dailyFrozen}) are what the terminals and meters report.
 */
public final class TerminalFleet implements AutoCloseable {

    private final FleetOptions options;
    private final Fleet fleet;
    private boolean started;

    public TerminalFleet(FleetOptions options) {
        this.options = options;
        this.fleet = new Fleet(options);
    }

    /** Starts connecting (spread over the ramp-up time); returns at once. */
    public synchronized TerminalFleet start() {
        if (started) {
            throw new IllegalStateException("the fleet is already started");
        }
        started = true;
        fleet.start();
        return this;
    }

    /** Closes every connection and stops the event loops. */
    @Override
    public void close() {
        fleet.close();
    }

    public FleetOptions options() {
        return options;
    }

    public long count(Counter counter) {
        return fleet.counters().get(counter);
    }

    public Map<Counter, Long> counters() {
        return fleet.counters().snapshot();
    }

    /** Terminals with an open connection. */
    public int online() {
        return fleet.online();
    }

    /** Terminals whose login the master confirmed on the current connection. */
    public int loggedIn() {
        return fleet.loggedIn();
    }

    /** Waits until at least {@code n} terminals are logged in; false on timeout. */
    public boolean awaitLoggedIn(int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (loggedIn() < n) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Every terminal disconnects and reconnects at once. */
    public void reconnectStorm() {
        fleet.storm();
    }

    /** The terminals' local time now (the fleet's clock in its zone). */
    public LocalDateTime now() {
        return fleet.now();
    }

    /** The 12-digit DL/T 645 address of the meter at point {@code pn} of terminal {@code terminal}. */
    public static String meterAddress(String areaCode, int terminal, int pn) {
        return MeterModel.address(areaCode, terminal, pn).toString();
    }

    /** The address of a meter of this fleet. */
    public String meterAddress(int terminal, int pn) {
        return meter(terminal, pn).model().address().toString();
    }

    /** The registers meter {@code pn} of terminal {@code terminal} (its A2) shows at local time {@code at}. */
    public Registers registers(int terminal, int pn, LocalDateTime at) {
        return meter(terminal, pn).model().registers(at);
    }

    /** The instantaneous values of that meter in the minute of {@code at}. */
    public PowerSample power(int terminal, int pn, LocalDateTime at) {
        return meter(terminal, pn).model().power(at);
    }

    /** The daily frozen registers of {@code day} as of now (a commanded freeze that day, else its end); empty if none yet. */
    public Optional<Registers> dailyFrozen(int terminal, int pn, LocalDate day) {
        Meter meter = meter(terminal, pn);
        return meter.dailyFreeze(day, now()).map(meter.model()::registers);
    }

    private Meter meter(int terminal, int pn) {
        int index = terminal - options.firstTerminal();
        if (index < 0 || index >= options.terminals()) {
            throw new IllegalArgumentException("terminal " + terminal + " is not in this fleet (" + options.firstTerminal()
                    + ".." + (options.firstTerminal() + options.terminals() - 1) + ")");
        }
        if (pn < 1 || pn > options.meters()) {
            throw new IllegalArgumentException("pn " + pn + " is not a meter point (1.." + options.meters() + ")");
        }
        Terminal t = fleet.terminals().get(index);
        return t.meters().get(pn - 1);
    }
}
