package io.openemp.access.thrift.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Rule;
import org.junit.Test;

import io.openemp.access.thrift.internal.ThriftClient.Protocol;

/** How the server shares its worker threads: connections beyond them are closed, idle ones time out. */
public class ThriftServerTest {

    @Rule
    public final RunningServer running = new RunningServer(new ServerSettings("127.0.0.1", 0, 1024 * 1024, 2, 400));

    static String say(String text) {
        return JsonRpcOverThriftTest.request("echo.say", "{\"text\":\"" + text + "\"}", 1);
    }

    @Test
    public void aConnectionBeyondTheWorkerThreadsIsClosedAndTheOthersGoOn() throws Exception {
        try (ThriftClient one = running.alice(Protocol.BINARY); ThriftClient two = running.alice(Protocol.COMPACT)) {
            try (RawSocket third = new RawSocket(running.address())) {
                assertTrue(third.closedByServer());
            }
            assertEquals(1, running.server.stats().rejectedBusy());
            assertEquals("one", JsonRpcOverThriftTest.json(one.rpc.call(say("one"))).get("result").asText());
            assertEquals("two", JsonRpcOverThriftTest.json(two.rpc.call(say("two"))).get("result").asText());
        }
        Await.until(() -> running.server.openConnections() == 0);
        try (ThriftClient later = running.alice(Protocol.BINARY)) {
            assertEquals("later", JsonRpcOverThriftTest.json(later.rpc.call(say("later"))).get("result").asText());
        }
    }

    @Test
    public void aSilentConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        try (RawSocket silent = new RawSocket(running.address())) {
            long start = System.nanoTime();
            assertTrue(silent.closedByServer());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue("closed after " + millis + " ms", millis >= 300 && millis < 3_000);
        }
    }
}
