package io.openemp.bench.thrift;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.ServerSocket;
import java.util.List;

import org.junit.Test;

/** The load client against the bare server, on real sockets on 127.0.0.1, for a second or two. */
public class LoadRunTest {

    @Test
    public void eachWindowCountsCallsAndLatencies() throws Exception {
        try (BareServer server = new BareServer()) {
            List<LoadRun.Window> windows = new LoadRun("127.0.0.1", server.port(), "u", "p", 4).run(0, 1, 2);
            assertEquals(2, windows.size());
            for (LoadRun.Window w : windows) {
                assertTrue("calls/s " + w.callsPerSecond(), w.callsPerSecond() > 100);
                assertTrue(w.p50Millis() > 0 && w.p50Millis() <= w.p99Millis());
            }
        }
    }

    @Test
    public void aServerThatIsNotThereFailsTheRun() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try {
            new LoadRun("127.0.0.1", port, "u", "p", 2).run(0, 1, 1);
            fail("a run without a server must fail");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("connection failed"));
        }
    }

    @Test
    public void theBareReplyIsTheFortyBytePingAnswer() {
        assertEquals(40, BareServer.REPLY.length());
        assertEquals("{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":1}", BareServer.REPLY);
    }
}
