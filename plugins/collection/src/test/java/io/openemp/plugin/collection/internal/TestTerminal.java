package io.openemp.plugin.collection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.openemp.plugin.dlt645.api.Dlt645Codec;
import io.openemp.plugin.dlt645.api.FreezeRequest;
import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.AuxInfo;
import io.openemp.plugin.gdw376.api.BcdTime;
import io.openemp.plugin.gdw376.api.Catalogue;
import io.openemp.plugin.gdw376.api.ControlField;
import io.openemp.plugin.gdw376.api.DataFormat;
import io.openemp.plugin.gdw376.api.DataItem;
import io.openemp.plugin.gdw376.api.DataUnit;
import io.openemp.plugin.gdw376.api.DataUnitId;
import io.openemp.plugin.gdw376.api.DecodeResult;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.FnData;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Gdw376Codec;
import io.openemp.plugin.gdw376.api.Replies;
import io.openemp.plugin.gdw376.api.Seq;
import io.openemp.plugin.gdw376.api.StreamDecoder;
import io.openemp.plugin.gdw376.api.TransparentForward;

/**
 * A minimal Q/GDW 1376.1 terminal on a real socket, for the tests: logs in, heartbeats, answers AFN 0C F129 and
 * AFN 0D F161 reads of its points from its registers, honours a forwarded DL/T 645 broadcast freeze (the frozen
 * values become the current ones), pushes reports, and can drop requests or send raw bytes.
 */
final class TestTerminal implements AutoCloseable {

    static final Catalogue CATALOGUE = Catalogue.standard();

    final Address address;
    final Map<Integer, BigDecimal> energy = new ConcurrentHashMap<>();
    final Map<Integer, BigDecimal> frozen = new ConcurrentHashMap<>();
    final BlockingQueue<Frame> fromMaster = new LinkedBlockingQueue<>();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger drop = new AtomicInteger();
    final AtomicInteger freezes = new AtomicInteger();
    volatile LocalDateTime readingTime = LocalDateTime.of(2026, 11, 25, 10, 15);
    private final Socket socket;
    private final OutputStream out;
    private final Gdw376Codec codec = new Gdw376Codec();
    private final AtomicInteger pseq = new AtomicInteger();
    private final Thread reader;
    volatile boolean closedByPeer;
    /** Answer each data unit in a frame of its own (FIR ... FIN, RSEQ counted up from PSEQ). */
    volatile boolean multiFrame;

    TestTerminal(int port, int terminal) throws IOException {
        this.address = new Address(0x0171, terminal, false, 0);
        this.socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        this.out = socket.getOutputStream();
        this.reader = new Thread(this::read, "test-terminal-" + terminal);
        reader.setDaemon(true);
        reader.start();
    }

    String id() {
        return TerminalSession.key(address);
    }

    private void read() {
        StreamDecoder decoder = new StreamDecoder(codec);
        byte[] chunk = new byte[4096];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(chunk)) >= 0) {
                decoder.feed(chunk, 0, n, item -> {
                    if (item.result() instanceof DecodeResult.Decoded d) {
                        handle(d.frame());
                    }
                });
            }
            closedByPeer = true;
        } catch (IOException e) {
            closedByPeer = true;
        }
    }

    private void handle(Frame frame) {
        if (!frame.control().prm()) {
            fromMaster.add(frame);
            return;
        }
        requests.incrementAndGet();
        if (drop.get() > 0 && drop.getAndDecrement() > 0) {
            return;
        }
        try {
            if (frame.afn() == 0x10) {
                TransparentForward fwd = TransparentForward.of(frame).orElseThrow();
                if (new Dlt645Codec().decode(fwd.content()).frame() instanceof FreezeRequest f && f.address().isBroadcast()) {
                    frozen.putAll(energy);
                    freezes.incrementAndGet();
                }
                send(Replies.confirm(frame));
            } else if (frame.afn() == 0x0C || frame.afn() == 0x0D) {
                Frame answer = answer(frame);
                if (multiFrame && answer.units().size() > 1) {
                    int n = answer.units().size();
                    for (int i = 0; i < n; i++) {
                        send(new Frame(answer.protocolId(), answer.control(), answer.address(), answer.afn(),
                                new Seq(false, i == 0, i == n - 1, false, (frame.seq().number() + i) & 0x0F),
                                List.of(answer.units().get(i)), null, AuxInfo.NONE));
                    }
                } else {
                    send(answer);
                }
            } else {
                fromMaster.add(frame);
            }
        } catch (IOException e) {
            // the connection is gone; the reader ends
        }
    }

    private Frame answer(Frame request) {
        List<DataUnit> units = new ArrayList<>();
        for (DataItem asked : request.items()) {
            Map<Integer, BigDecimal> values = request.afn() == 0x0D ? frozen : energy;
            BigDecimal v = values.get(asked.pn());
            if (v == null) {
                continue;
            }
            FnData data;
            if (request.afn() == 0x0D) {
                LocalDate day = asked.data().time("frozenDay").orElseThrow().toLocalDate();
                data = FnData.of(CATALOGUE.find(0x0D, asked.fn(), Direction.UP), Map.of("frozenDay", BcdTime.ofDate(day),
                        "readingTime", BcdTime.of(DataFormat.A15, day.atTime(0, 1)), "forwardActive", List.of(v)));
            } else {
                data = f129(v);
            }
            units.add(new DataUnit(DataUnitId.of(asked.pn(), asked.fn()), List.of(new DataItem(asked.pn(), asked.fn(), data))));
        }
        return new Frame(Frame.PROTOCOL_2013, new ControlField(Direction.UP, false, false, false, ControlField.RESPONSE),
                request.address(), request.afn(), Seq.single(request.seq().number(), false, false), units, null, AuxInfo.NONE);
    }

    FnData f129(BigDecimal total) {
        return FnData.of(CATALOGUE.find(0x0C, 129, Direction.UP), Map.of("readingTime",
                BcdTime.of(DataFormat.A15, readingTime), "forwardActive", List.of(total)));
    }

    /** A frame this terminal starts (PRM = 1) with CON set. */
    Frame initiated(int afn, int function, List<DataUnit> units) {
        return new Frame(Frame.PROTOCOL_2013, new ControlField(Direction.UP, true, false, false, function), address, afn,
                new Seq(false, true, true, true, pseq.getAndIncrement() & 0x0F), units, null, AuxInfo.NONE);
    }

    private Frame link(int fn) {
        return initiated(0x02, ControlField.LINK_TEST,
                List.of(DataUnit.withoutData(DataUnitId.of(0, fn), CATALOGUE, 0x02, Direction.UP)));
    }

    Frame login() throws IOException {
        Frame f = link(1);
        send(f);
        return f;
    }

    Frame heartbeat() throws IOException {
        Frame f = link(3);
        send(f);
        return f;
    }

    /** Pushes the registers of {@code pn} as an AFN 0C F129 report asking for confirmation. */
    Frame report(int pn, BigDecimal total) throws IOException {
        Frame f = initiated(0x0C, ControlField.USER_DATA, List.of(new DataUnit(DataUnitId.of(pn, 129),
                List.of(new DataItem(pn, 129, f129(total))))));
        send(f);
        return f;
    }

    synchronized void send(Frame frame) throws IOException {
        sendRaw(codec.encode(frame));
    }

    synchronized void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next frame the master sent that answers nothing of ours, within {@code millis}. */
    Frame next(long millis) throws InterruptedException {
        return fromMaster.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
