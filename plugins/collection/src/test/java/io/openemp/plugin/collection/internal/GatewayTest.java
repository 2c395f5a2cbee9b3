package io.openemp.plugin.collection.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.openemp.data.readings.api.Point;
import io.openemp.plugin.collection.api.Device;
import io.openemp.plugin.collection.api.TaskOutcome;
import io.openemp.plugin.dlt645.api.AbnormalReply;
import io.openemp.plugin.dlt645.api.DataCatalogue;
import io.openemp.plugin.dlt645.api.Dlt645Codec;
import io.openemp.plugin.dlt645.api.ErrorBit;
import io.openemp.plugin.dlt645.api.ErrorFlags;
import io.openemp.plugin.dlt645.api.FrameSplitter;
import io.openemp.plugin.dlt645.api.Function;
import io.openemp.plugin.dlt645.api.MeterAddress;
import io.openemp.plugin.dlt645.api.ReadReply;
import io.openemp.plugin.dlt645.api.ReadRequest;

/** DL/T 645 meters behind a transparent TCP gateway: a meter on a real loopback socket answers the master's reads. */
public class GatewayTest {

    private static final MeterAddress METER = MeterAddress.parse("000012345678");

    private StationFixture fixture;
    private ServerSocket server;
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger drop = new AtomicInteger();
    private volatile BigDecimal energy = new BigDecimal("1234.56");

    @Before
    public void start() throws Exception {
        fixture = new StationFixture();
        fixture.directory.add("MTR-645");
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serve, "test-645-gateway");
        t.setDaemon(true);
        t.start();
    }

    @After
    public void stop() throws Exception {
        server.close();
        fixture.close();
    }

    private void serve() {
        Dlt645Codec codec = new Dlt645Codec();
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                FrameSplitter splitter = new FrameSplitter(codec, 1024, (frame, offset) -> {
                    if (!(frame instanceof ReadRequest r) || !r.address().equals(METER)) {
                        return;
                    }
                    reads.incrementAndGet();
                    if (drop.get() > 0 && drop.getAndDecrement() > 0) {
                        return;
                    }
                    try {
                        if (r.dataId().toString().equals("00010000")) {
                            out.write(codec.encode(new ReadReply(METER, r.dataId(),
                                    DataCatalogue.standard().lookup(r.dataId()).orElseThrow().encode(List.of(energy)), false), 2));
                        } else {
                            out.write(codec.encode(AbnormalReply.of(METER, Function.READ, ErrorFlags.of(ErrorBit.NO_DATA))));
                        }
                    } catch (IOException e) {
                        // connection gone
                    }
                });
                byte[] chunk = new byte[1024];
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    splitter.feed(chunk, 0, n);
                }
            } catch (IOException e) {
                // closed
            }
        }
    }

    private Device device() {
        return new Device("dlt645", "127.0.0.1", server.getLocalPort(), METER.toString(), null, null, "MTR-645");
    }

    @Test
    public void aMeterBehindAGatewayIsReadAndStored() throws Exception {
        TaskOutcome o = fixture.station.run(Tasks.gateway("gw", device(), 0)).orElseThrow();
        assertEquals(o.toString(), 1, o.collected());
        assertEquals(1, o.stored());
        List<Point> p = fixture.points("MTR-645", "energy.active.forward");
        assertEquals(0, new BigDecimal("1234.56").compareTo(p.get(0).value()));
        assertEquals("dlt645:000012345678", p.get(0).source());
    }

    @Test
    public void aLostReplyIsAskedAgainAndAnUnknownItemIsAbsent() throws Exception {
        drop.set(1);
        TaskOutcome o = fixture.station.run(Tasks.gateway("gw", device(), 1)).orElseThrow();
        assertEquals(o.toString(), 1, o.collected());
        assertEquals(1, o.retries());
        assertEquals(2, reads.get());
    }

    @Test
    public void aGatewayThatIsNotThereFailsTheItemWithTheReason() throws Exception {
        int port = server.getLocalPort();
        server.close();
        TaskOutcome o = fixture.station.run(Tasks.gateway("gw", new Device("dlt645", "127.0.0.1", port,
                METER.toString(), null, null, "MTR-645"), 1)).orElseThrow();
        assertEquals(1, o.failed());
        assertTrue(o.failures().toString(), o.failures().get(0).reason().startsWith("connection"));
    }
}
