package io.openemp.plugin.collection.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.data.readings.api.Reading;
import io.openemp.plugin.collection.api.CollectionTask;
import io.openemp.plugin.collection.api.DataItemSpec;
import io.openemp.plugin.collection.api.Device;
import io.openemp.plugin.collection.api.TaskMode;
import io.openemp.plugin.collection.api.TaskOutcome;
import io.openemp.plugin.dlt645.api.AbnormalReply;
import io.openemp.plugin.dlt645.api.DataCatalogue;
import io.openemp.plugin.dlt645.api.DataId;
import io.openemp.plugin.dlt645.api.Dlt645Codec;
import io.openemp.plugin.dlt645.api.Dlt645Frame;
import io.openemp.plugin.dlt645.api.Dlt645Requests;
import io.openemp.plugin.dlt645.api.FieldValue;
import io.openemp.plugin.dlt645.api.FreezeRequest;
import io.openemp.plugin.dlt645.api.FreezeTime;
import io.openemp.plugin.dlt645.api.MeterAddress;
import io.openemp.plugin.dlt645.api.ReadReply;
import io.openemp.plugin.dlt645.api.ValueDecoding;
import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.DataItem;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Requests;
import io.openemp.plugin.gdw376.api.SerialSettings;
import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.ModbusEndpoint;
import io.openemp.plugin.modbus.api.ModbusMaster;
import io.openemp.plugin.modbus.api.ModbusReading;
import io.openemp.plugin.modbus.api.ModbusReadings;
import io.openemp.plugin.modbus.api.ProfileCatalog;
import io.openemp.plugin.modbus.api.ReadResult;

/**
 * Runs a task once: freezes first in FREEZE mode, then polls every target terminal (in parallel, up to the
 * configured concurrency) and device, re-asking what is not answered up to the task's retries within its
 * window, and stores what came in the reading store before it returns.
 */
final class TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    /** A (Pn, Fn) still to be collected from one terminal. */
    private record Key(int pn, int fn) {
    }

    private final Station station;
    private final ExecutorService pool;

    TaskRunner(Station station, ExecutorService pool) {
        this.station = station;
        this.pool = pool;
    }

    TaskOutcome run(CollectionTask task) throws InterruptedException {
        Instant started = station.clock().instant();
        OutcomeBuilder outcome = new OutcomeBuilder(task.id(), started);
        if (task.mode() == TaskMode.REPORT) {
            return outcome.build();
        }
        long window = task.windowSeconds() != null ? task.windowSeconds() * 1000L
                : (long) task.timeoutMillis() * (task.retries() + 1) * 4 + 60_000;
        long deadline = System.nanoTime() + window * 1_000_000;
        CounterSet taskCounters = station.taskCounters(task.id());
        List<TerminalSession> targets = targets(task, outcome);
        LocalDate today = LocalDate.now(station.clock().withZone(station.settings().zone()));
        LocalDate day = task.mode() == TaskMode.FREEZE ? today : today.minusDays(1);
        if (task.mode() == TaskMode.FREEZE) {
            freeze(task, targets, taskCounters);
        }
        List<Future<?>> jobs = new ArrayList<>();
        for (TerminalSession session : targets) {
            jobs.add(pool.submit(() -> {
                poll(task, session, day, deadline, outcome, taskCounters);
                return null;
            }));
        }
        for (Device device : task.devices() == null ? List.<Device>of() : task.devices()) {
            jobs.add(pool.submit(() -> {
                device(task, device, deadline, outcome, taskCounters);
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            try {
                job.get();
            } catch (ExecutionException e) {
                LOG.warn("task {}: a target failed unexpectedly", task.id(), e.getCause());
                outcome.failed("?", "*", "unexpected: " + e.getCause());
            }
        }
        return outcome.build();
    }

    private List<TerminalSession> targets(CollectionTask task, OutcomeBuilder outcome) {
        if (task.terminals() == null || task.terminals().isEmpty()) {
            return station.sessions().online();
        }
        List<TerminalSession> out = new ArrayList<>();
        int perTerminal = itemsPerTerminal(task);
        for (String id : task.terminals()) {
            Optional<TerminalSession> s = station.sessions().get(id);
            if (s.isPresent()) {
                out.add(s.get());
            } else if (perTerminal > 0) {
                outcome.target(perTerminal);
                for (int i = 0; i < perTerminal; i++) {
                    outcome.failed(id, "*", "offline");
                }
            }
        }
        return out;
    }

    private static List<Integer> points(CollectionTask task) {
        return task.points() == null || task.points().isEmpty() ? List.of(1) : task.points();
    }

    private static List<DataItemSpec> terminalItems(CollectionTask task) {
        List<DataItemSpec> out = new ArrayList<>();
        for (DataItemSpec s : task.items()) {
            if (s.afn() != null && s.fn() != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static int itemsPerTerminal(CollectionTask task) {
        Set<String> distinct = new LinkedHashSet<>();
        for (DataItemSpec s : terminalItems(task)) {
            distinct.add(s.afn() + "/" + s.fn());
        }
        return distinct.size() * points(task).size();
    }

    /** One DL/T 645 instant freeze, broadcast on each terminal's meter bus (AFN 10 F1), then a pause. */
    private void freeze(CollectionTask task, List<TerminalSession> targets, CounterSet taskCounters)
            throws InterruptedException {
        byte[] freeze = new Dlt645Codec().encode(new FreezeRequest(MeterAddress.BROADCAST, FreezeTime.instant()));
        int port = task.freezePort() == null ? 2 : task.freezePort();
        List<CompletableFuture<List<Frame>>> sent = new ArrayList<>();
        for (TerminalSession s : targets) {
            Address a = s.address().withMsa(station.settings().msa());
            taskCounters.request(false);
            s.counters().request(false);
            sent.add(s.request(pfc -> Requests.transparentForward(a, pfc, port, SerialSettings.DLT645,
                    Duration.ofSeconds(2), Duration.ofMillis(500), freeze, null, null), task.timeoutMillis()));
        }
        for (CompletableFuture<List<Frame>> f : sent) {
            try {
                // A broadcast has no meter reply: the terminal's answer, if any, only says it passed it on.
                f.get();
                taskCounters.answered(0);
            } catch (ExecutionException e) {
                LOG.debug("freeze not acknowledged: {}", e.getCause().toString());
            }
        }
        Thread.sleep(station.settings().freezeSettle().toMillis());
    }

    private void poll(CollectionTask task, TerminalSession session, LocalDate day, long deadline,
            OutcomeBuilder outcome, CounterSet taskCounters) throws InterruptedException {
        station.batcher().awaitCapacity();
        List<Integer> pns = points(task);
        Map<Integer, Map<Integer, List<DataItemSpec>>> byAfn = new LinkedHashMap<>();
        for (DataItemSpec s : terminalItems(task)) {
            byAfn.computeIfAbsent(s.afn(), a -> new LinkedHashMap<>()).computeIfAbsent(s.fn(), f -> new ArrayList<>()).add(s);
        }
        outcome.target(itemsPerTerminal(task));
        Address address = session.address().withMsa(station.settings().msa());
        List<Reading> readings = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, List<DataItemSpec>>> group : byAfn.entrySet()) {
            int afn = group.getKey();
            Map<Integer, List<DataItemSpec>> specs = group.getValue();
            Set<Key> pending = new LinkedHashSet<>();
            for (int pn : pns) {
                for (int fn : specs.keySet()) {
                    pending.add(new Key(pn, fn));
                }
            }
            String lastProblem = "no answer";
            for (int attempt = 0; attempt <= task.retries() && !pending.isEmpty() && System.nanoTime() < deadline; attempt++) {
                boolean retry = attempt > 0;
                if (retry) {
                    outcome.retry();
                }
                taskCounters.request(retry);
                session.counters().request(retry);
                Set<Integer> askPns = new TreeSet<>();
                Set<Integer> askFns = new TreeSet<>();
                pending.forEach(k -> {
                    askPns.add(k.pn());
                    askFns.add(k.fn());
                });
                long sent = System.nanoTime();
                List<Frame> answer;
                try {
                    answer = session.request(pfc -> afn == 0x0D
                            ? Requests.history(address, pfc, askPns, askFns, day, YearMonth.from(day).minusMonths(1), null)
                            : Requests.realtime(address, pfc, askPns, askFns, null), task.timeoutMillis()).get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TimeoutException) {
                        taskCounters.timeout();
                        session.counters().timeout();
                        lastProblem = "timeout after " + task.timeoutMillis() + " ms";
                        continue;
                    }
                    lastProblem = e.getCause().getMessage();
                    if (e.getCause() instanceof IllegalStateException && !session.channel().isActive()) {
                        break;
                    }
                    continue;
                }
                taskCounters.answered((System.nanoTime() - sent) / 1_000_000);
                Instant received = station.clock().instant();
                for (Frame frame : answer) {
                    if (frame.afn() == 0x00) {
                        // a deny: the terminal has none of it
                        outcome.absent(pending.size());
                        pending.clear();
                        break;
                    }
                    for (DataItem item : frame.items()) {
                        Key key = new Key(item.pn(), item.fn());
                        if (frame.afn() != afn || !pending.remove(key)) {
                            continue;
                        }
                        boolean any = false;
                        for (DataItemSpec spec : specs.get(item.fn())) {
                            ItemMapper.Mapped m = station.mapper().map(task, session.id(), afn, item, spec, received);
                            if (m.status() == ItemMapper.Status.VALUE) {
                                readings.add(m.reading());
                                any = true;
                            }
                        }
                        if (any) {
                            outcome.collected(1);
                        } else {
                            outcome.absent(1);
                        }
                    }
                }
                lastProblem = "not in the answer";
            }
            for (Key k : pending) {
                outcome.failed(session.id(), String.format("AFN %02X p%d F%d", afn, k.pn(), k.fn()), lastProblem);
            }
        }
        store(readings, outcome, taskCounters, session.counters(), session.id());
    }

    private void store(List<Reading> readings, OutcomeBuilder outcome, CounterSet taskCounters, CounterSet target,
            String who) {
        for (int from = 0; from < readings.size(); from += 10_000) {
            List<Reading> part = readings.subList(from, Math.min(readings.size(), from + 10_000));
            try {
                int n = station.batcher().submit(part).get();
                outcome.stored(n);
                taskCounters.stored(n);
                if (target != null) {
                    target.stored(n);
                }
            } catch (ExecutionException e) {
                for (Reading r : part) {
                    outcome.failed(who, r.meter() + " " + r.readingType(), "not stored: " + e.getCause().getMessage());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void device(CollectionTask task, Device device, long deadline, OutcomeBuilder outcome,
            CounterSet taskCounters) throws InterruptedException {
        station.batcher().awaitCapacity();
        String who = device.kind() + ":" + device.host() + ":" + device.port();
        if ("modbus".equals(device.kind())) {
            modbus(task, device, who, outcome, taskCounters);
            return;
        }
        List<DataItemSpec> items = new ArrayList<>();
        for (DataItemSpec s : task.items()) {
            if (s.dataId() != null) {
                items.add(s);
            }
        }
        outcome.target(items.size());
        List<Reading> readings = new ArrayList<>();
        MeterAddress meter = MeterAddress.parse(device.address());
        Dlt645Codec codec = station.dlt645();
        Dlt645Client client = null;
        try {
            for (DataItemSpec spec : items) {
                DataId id = DataId.parse(spec.dataId());
                String problem = "no answer";
                boolean done = false;
                for (int attempt = 0; attempt <= task.retries() && !done && System.nanoTime() < deadline; attempt++) {
                    if (attempt > 0) {
                        outcome.retry();
                    }
                    taskCounters.request(attempt > 0);
                    try {
                        if (client == null) {
                            client = Dlt645Client.connect(station.group(), codec, device.host(), device.port(), task.timeoutMillis());
                        }
                        long sent = System.nanoTime();
                        Dlt645Frame reply = client.exchange(Dlt645Requests.read(meter, id), task.timeoutMillis());
                        taskCounters.answered((System.nanoTime() - sent) / 1_000_000);
                        done = true;
                        if (reply instanceof ReadReply r && r.dataId().equals(id)) {
                            ValueDecoding values = DataCatalogue.standard().decode(id, r.value());
                            BigDecimal number = values.ok() && !values.values().isEmpty() ? first(values.values()) : null;
                            if (number != null) {
                                readings.add(new Reading(device.meter(), spec.readingType(),
                                        station.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                                        number, Set.of(), "dlt645:" + meter));
                                outcome.collected(1);
                            } else {
                                outcome.absent(1);
                            }
                        } else if (reply instanceof AbnormalReply a) {
                            outcome.absent(1);
                        } else {
                            done = false;
                            problem = "unexpected answer " + reply;
                        }
                    } catch (TimeoutException e) {
                        taskCounters.timeout();
                        problem = "timeout after " + task.timeoutMillis() + " ms";
                    } catch (ExecutionException e) {
                        problem = "connection: " + e.getCause().getMessage();
                        if (client != null) {
                            client.close();
                        }
                        client = null;
                    }
                }
                if (!done) {
                    outcome.failed(who, spec.dataId(), problem);
                }
            }
        } finally {
            if (client != null) {
                client.close();
            }
        }
        store(readings, outcome, taskCounters, null, who);
    }

    private static BigDecimal first(List<FieldValue> values) {
        for (FieldValue v : values) {
            if (v.number() != null) {
                return v.number();
            }
        }
        return null;
    }

    private void modbus(CollectionTask task, Device device, String who, OutcomeBuilder outcome, CounterSet taskCounters) {
        ModbusMaster master = station.modbus();
        ProfileCatalog catalog = station.profiles();
        outcome.target(1);
        if (master == null || catalog == null) {
            outcome.failed(who, device.profile(), "the Modbus plugin is not running");
            return;
        }
        Optional<DeviceProfile> profile = catalog.get(device.profile());
        if (profile.isEmpty()) {
            outcome.failed(who, device.profile(), "no Modbus profile '" + device.profile() + "'");
            return;
        }
        taskCounters.request(false);
        ReadResult result = master.read(new ModbusEndpoint(device.host(), device.port(), device.unitId()), profile.get());
        taskCounters.answered(result.durationMillis());
        List<Reading> readings = new ArrayList<>();
        for (ModbusReading r : ModbusReadings.of(device.meter(), result)) {
            readings.add(new Reading(r.meter(), r.readingType(), r.at(), r.value(), r.flags(), r.source()));
        }
        if (result.failed() > 0) {
            outcome.failed(who, device.profile(), result.failed() + " of " + result.values().size() + " points without a value");
        } else {
            outcome.collected(1);
        }
        store(readings, outcome, taskCounters, null, who);
    }
}
