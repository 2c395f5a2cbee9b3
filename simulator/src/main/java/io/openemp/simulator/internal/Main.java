package io.openemp.simulator.internal;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.openemp.simulator.Counter;
import io.openemp.simulator.FleetOptions;
import io.openemp.simulator.TerminalFleet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar simulator.jar --master 127.0.0.1:9100 --terminals 1000 --meters 10 --seed 1 --drop 0.01}:
 * runs a fleet and prints its counters periodically. Commands on standard input: {@code storm}, {@code stats},
 * {@code quit}.
 */
@Command(name = "simulator", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Simulated Q/GDW 1376.1 terminals with DL/T 645 meters behind them, for a master station.")
public final class Main implements Callable<Integer> {

    @Option(names = "--master", description = "master station host:port (default ${DEFAULT-VALUE})")
    String master = "127.0.0.1:9100";
    @Option(names = "--terminals", description = "number of terminals (default ${DEFAULT-VALUE})")
    int terminals = 1;
    @Option(names = "--first-terminal", description = "A2 of the first terminal (default ${DEFAULT-VALUE})")
    int firstTerminal = 1;
    @Option(names = "--area", description = "A1, four digits (default ${DEFAULT-VALUE})")
    String area = "0171";
    @Option(names = "--meters", description = "meters per terminal, points p1..pN (default ${DEFAULT-VALUE})")
    int meters = 10;
    @Option(names = "--seed", description = "seed of meters and faults (default ${DEFAULT-VALUE})")
    long seed = 1;
    @Option(names = "--heartbeat", description = "heartbeat period, seconds (default ${DEFAULT-VALUE})")
    double heartbeat = 60;
    @Option(names = "--confirm-timeout", description = "wait for the master's AFN 00, seconds (default ${DEFAULT-VALUE})")
    double confirmTimeout = 10;
    @Option(names = "--reconnect", description = "reconnect delay, seconds (plus up to as much again) (default ${DEFAULT-VALUE})")
    double reconnect = 5;
    @Option(names = "--report", description = "active report period, seconds; 0 = none (default ${DEFAULT-VALUE})")
    double report = 0;
    @Option(names = "--report-retries", description = "resends of an unconfirmed report (default ${DEFAULT-VALUE})")
    int reportRetries = 2;
    @Option(names = "--drop", description = "probability a reply is not sent (default ${DEFAULT-VALUE})")
    double drop;
    @Option(names = "--delay", description = "reply delay range in ms, MIN-MAX or MS (default none)")
    String delay = "0";
    @Option(names = "--bad-checksum", description = "probability a reply has a wrong checksum (default ${DEFAULT-VALUE})")
    double badChecksum;
    @Option(names = "--truncate", description = "probability a reply is cut short (default ${DEFAULT-VALUE})")
    double truncate;
    @Option(names = "--storm-every", description = "reconnect storm period, seconds; 0 = none (default ${DEFAULT-VALUE})")
    double stormEvery;
    @Option(names = "--storm-at", description = "one reconnect storm so many seconds after the start; 0 = none (default ${DEFAULT-VALUE})")
    double stormAt;
    @Option(names = "--ramp-up", description = "spread the first connections over this many seconds (default ${DEFAULT-VALUE})")
    double rampUp = 10;
    @Option(names = "--threads", description = "event loop threads; 0 = processors (default ${DEFAULT-VALUE})")
    int threads;
    @Option(names = "--zone", description = "terminals' time zone (default ${DEFAULT-VALUE})")
    String zone = "UTC";
    @Option(names = "--print-every", description = "print counters every so many seconds (default ${DEFAULT-VALUE})")
    double printEvery = 10;
    @Option(names = "--duration", description = "stop after so many seconds; 0 = run until 'quit' or Ctrl-C (default ${DEFAULT-VALUE})")
    double duration;

    private final PrintStream out;
    private final InputStream in;

    public Main() {
        this(System.out, System.in);
    }

    /** A command printing to {@code out} and taking commands from {@code in}. */
    public Main(PrintStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /** The options this command line means (IllegalArgumentException naming the option at fault). */
    public FleetOptions options() {
        int colon = master.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--master must be host:port, not " + master);
        }
        int port;
        try {
            port = Integer.parseInt(master.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--master must end with a port number, not " + master);
        }
        long[] range = delayRange(delay);
        return FleetOptions.builder().master(master.substring(0, colon), port).terminals(terminals)
                .firstTerminal(firstTerminal).areaCode(area).meters(meters).seed(seed)
                .heartbeat(seconds(heartbeat, "--heartbeat")).confirmTimeout(seconds(confirmTimeout, "--confirm-timeout"))
                .reconnectDelay(seconds(reconnect, "--reconnect")).reportInterval(seconds(report, "--report"))
                .reportRetries(reportRetries).drop(drop).delay(Duration.ofMillis(range[0]), Duration.ofMillis(range[1]))
                .badChecksum(badChecksum).truncated(truncate).stormEvery(seconds(stormEvery, "--storm-every"))
                .stormAt(seconds(stormAt, "--storm-at"))
                .rampUp(seconds(rampUp, "--ramp-up")).threads(threads).zone(zone(zone)).build();
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--zone is not a time zone: " + text);
        }
    }

    private static long[] delayRange(String text) {
        String[] parts = text.split("-", -1);
        try {
            long min = Long.parseLong(parts[0].trim());
            long max = parts.length == 2 ? Long.parseLong(parts[1].trim()) : min;
            if (parts.length > 2 || min < 0 || max < min) {
                throw new NumberFormatException();
            }
            return new long[] {min, max};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--delay must be MIN-MAX or MS in milliseconds, not " + text);
        }
    }

    private static Duration seconds(double s, String option) {
        if (!(s >= 0) || s > 1e9) {
            throw new IllegalArgumentException(option + " must be a number of seconds, not " + s);
        }
        return Duration.ofMillis(Math.round(s * 1000));
    }

    @Override
    public Integer call() throws Exception {
        FleetOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            System.err.println("simulator: " + e.getMessage());
            return 2;
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (TerminalFleet fleet = new TerminalFleet(options)) {
            fleet.start();
            out.println("simulator: " + options.terminals() + " terminals x " + options.meters() + " meters -> " + master);
            ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor();
            long every = Math.max(1, Math.round(printEvery * 1000));
            printer.scheduleAtFixedRate(() -> out.println(line(fleet)), every, every, TimeUnit.MILLISECONDS);
            if (duration > 0) {
                printer.schedule(stop::countDown, Math.round(duration * 1000), TimeUnit.MILLISECONDS);
            }
            Thread commands = new Thread(() -> commands(fleet, stop), "simulator-stdin");
            commands.setDaemon(true);
            commands.start();
            Thread hook = new Thread(stop::countDown);
            Runtime.getRuntime().addShutdownHook(hook);
            stop.await();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what stopped us
            }
            printer.shutdownNow();
            out.println(line(fleet));
        }
        return 0;
    }

    private void commands(TerminalFleet fleet, CountDownLatch stop) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String command;
            while ((command = lines.readLine()) != null) {
                switch (command.trim()) {
                    case "storm" -> {
                        fleet.reconnectStorm();
                        out.println("storm: every terminal reconnects");
                    }
                    case "stats" -> out.println(line(fleet));
                    case "quit", "exit" -> {
                        stop.countDown();
                        return;
                    }
                    case "" -> { }
                    default -> out.println("commands: storm, stats, quit");
                }
            }
        } catch (java.io.IOException e) {
            // no console: run until the duration or a signal ends it
        }
        // end of input is not a command to stop: a fleet started with </dev/null runs for its duration
    }

    /** One line of counters: those not zero, and the online and logged-in terminals. */
    public static String line(TerminalFleet fleet) {
        StringJoiner j = new StringJoiner(" ");
        j.add("online=" + fleet.online()).add("loggedIn=" + fleet.loggedIn());
        for (Map.Entry<Counter, Long> e : fleet.counters().entrySet()) {
            if (e.getValue() != 0) {
                j.add(e.getKey().name().toLowerCase(java.util.Locale.ROOT) + "=" + e.getValue());
            }
        }
        return j.toString();
    }
}
