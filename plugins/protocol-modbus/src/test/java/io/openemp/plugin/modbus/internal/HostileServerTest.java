package io.openemp.plugin.modbus.internal;

import static io.openemp.plugin.modbus.internal.Profiles.holding;
import static io.openemp.plugin.modbus.internal.Profiles.profile;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Random;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.ErrorKind;
import io.openemp.plugin.modbus.api.FrameRejection;
import io.openemp.plugin.modbus.api.ModbusEndpoint;
import io.openemp.plugin.modbus.api.PointValue;
import io.openemp.plugin.modbus.api.Quality;
import io.openemp.plugin.modbus.api.ReadOptions;
import io.openemp.plugin.modbus.api.ReadResult;
import io.openemp.plugin.modbus.internal.RawServer.Reply;

/**
 * Malformed and hostile responses from a raw socket server: each is rejected and counted under its reason, the
 * point gets an error, nothing throws, and nothing makes the master wait for or buffer more than one frame.
 */
public class HostileServerTest {

    private static final DeviceProfile ONE_REGISTER = profile("one", holding("v", 0, "uint16"));
    private static final ReadOptions FAST = new ReadOptions(400L, 0);

    private NettyModbusMaster master;
    private RawServer server;

    @Before
    public void start() {
        master = new NettyModbusMaster(new MasterSettings(1000, 0, 2000, 60, 16, 1));
    }

    @After
    public void stop() throws Exception {
        master.close();
        if (server != null) {
            server.close();
        }
    }

    private ReadResult read(RawServer.Responder responder) throws Exception {
        server = new RawServer(responder);
        return master.read(ModbusEndpoint.of("127.0.0.1", server.port()), ONE_REGISTER, FAST);
    }

    private static long millis(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    private void assertRejected(FrameRejection reason, long times) {
        assertEquals(reason.code(), times, master.stats().rejected(reason));
    }

    @Test
    public void aWellFormedAnswerIsRead() throws Exception {
        ReadResult r = read(req -> new Reply(RawServer.answer(req, 3, 2, 0x12, 0x34), false));
        assertEquals(new BigDecimal("4660"), r.value("v").value());
        assertEquals(0, master.stats().framesRejected());
    }

    @Test
    public void aWrongTransactionIdIsIgnoredAndTheRequestTimesOut() throws Exception {
        ReadResult r = read(req -> new Reply(RawServer.frame(req.transactionId() + 1, 0, 5, 1, 3, 2, 0x12, 0x34), false));
        assertEquals(ErrorKind.TIMEOUT, r.value("v").error().kind());
        assertRejected(FrameRejection.UNEXPECTED_TRANSACTION_ID, 1);
    }

    @Test
    public void aFrameCutShortByTheConnectionClosingIsTruncated() throws Exception {
        long start = System.nanoTime();
        // the header says 5 more bytes (unit + 4 PDU bytes), only 2 of them come
        ReadResult r = read(req -> new Reply(new byte[] { (byte) (req.transactionId() >> 8), (byte) req.transactionId(),
                0, 0, 0, 5, 1, 3 }, true));
        PointValue v = r.value("v");
        assertEquals(ErrorKind.MALFORMED_RESPONSE, v.error().kind());
        assertTrue(v.error().message(), v.error().message().startsWith("truncated-frame"));
        assertRejected(FrameRejection.TRUNCATED_FRAME, 1);
        assertTrue(millis(start) < 400);
    }

    @Test
    public void aHugeLengthFieldIsRefusedAtOnceWithoutBufferingTheFrame() throws Exception {
        long start = System.nanoTime();
        ReadResult r = read(req -> {
            byte[] header = RawServer.frame(req.transactionId(), 0, 0xFFFF, 1, 3, 0xFF);
            byte[] flood = new byte[64 * 1024];
            byte[] all = new byte[header.length + flood.length];
            System.arraycopy(header, 0, all, 0, header.length);
            return new Reply(all, false);
        });
        PointValue v = r.value("v");
        assertEquals(ErrorKind.MALFORMED_RESPONSE, v.error().kind());
        assertTrue(v.error().message(), v.error().message().startsWith("bad-length"));
        assertRejected(FrameRejection.BAD_LENGTH, 1);
        assertTrue("refused at once, not after the timeout", millis(start) < 400);
        for (int i = 0; i < 100 && master.stats().connectionsOpen() > 0; i++) {
            Thread.sleep(10);
        }
        assertEquals("the connection was closed", 0, master.stats().connectionsOpen());
    }

    @Test
    public void aLengthTooSmallForUnitAndFunctionIsRefused() throws Exception {
        ReadResult r = read(req -> new Reply(RawServer.frame(req.transactionId(), 0, 1, 1), false));
        assertEquals(ErrorKind.MALFORMED_RESPONSE, r.value("v").error().kind());
        assertRejected(FrameRejection.BAD_LENGTH, 1);
    }

    @Test
    public void aProtocolIdOtherThanModbusClosesTheConnection() throws Exception {
        ReadResult r = read(req -> new Reply(RawServer.frame(req.transactionId(), 1, 5, 1, 3, 2, 0, 1), false));
        assertEquals(ErrorKind.MALFORMED_RESPONSE, r.value("v").error().kind());
        assertRejected(FrameRejection.BAD_PROTOCOL_ID, 1);
    }

    @Test
    public void anAnswerFromAnotherUnitIsRefused() throws Exception {
        ReadResult r = read(req -> new Reply(RawServer.frame(req.transactionId(), 0, 5, 2, 3, 2, 0, 1), false));
        assertEquals(ErrorKind.MALFORMED_RESPONSE, r.value("v").error().kind());
        assertRejected(FrameRejection.UNIT_ID_MISMATCH, 1);
    }

    @Test
    public void anAnswerToAnotherFunctionIsRefused() throws Exception {
        ReadResult r = read(req -> new Reply(RawServer.answer(req, 4, 2, 0, 1), false));
        assertEquals(ErrorKind.MALFORMED_RESPONSE, r.value("v").error().kind());
        assertRejected(FrameRejection.FUNCTION_MISMATCH, 1);
    }

    @Test
    public void byteCountsThatDisagreeAreRefused() throws Exception {
        // four bytes for the one register asked
        ReadResult more = read(req -> new Reply(RawServer.answer(req, 3, 4, 0, 1, 0, 2), false));
        assertEquals(ErrorKind.MALFORMED_RESPONSE, more.value("v").error().kind());
        server.close();
        // a byte count of 2 with one byte in the frame
        ReadResult fewer = read(req -> new Reply(RawServer.answer(req, 3, 2, 7), false));
        assertEquals(ErrorKind.MALFORMED_RESPONSE, fewer.value("v").error().kind());
        server.close();
        // no byte count at all
        ReadResult none = read(req -> new Reply(RawServer.answer(req, 3), false));
        assertEquals(ErrorKind.MALFORMED_RESPONSE, none.value("v").error().kind());
        assertRejected(FrameRejection.BAD_BYTE_COUNT, 3);
    }

    @Test
    public void anExceptionFrameOfTheWrongLengthIsRefused() throws Exception {
        ReadResult r = read(req -> new Reply(RawServer.answer(req, 0x83, 2, 0), false));
        assertEquals(ErrorKind.MALFORMED_RESPONSE, r.value("v").error().kind());
        assertRejected(FrameRejection.BAD_EXCEPTION_FRAME, 1);
    }

    @Test
    public void aFloodOfUnexpectedFramesClosesTheConnection() throws Exception {
        ReadResult r = read(req -> {
            byte[] all = new byte[40 * 9];
            for (int i = 0; i < 40; i++) {
                System.arraycopy(RawServer.frame(req.transactionId() + 1 + i, 0, 3, 1, 3, 0), 0, all, 9 * i, 6 + 3);
            }
            return new Reply(all, false);
        });
        PointValue v = r.value("v");
        assertEquals(ErrorKind.MALFORMED_RESPONSE, v.error().kind());
        assertTrue(v.error().message(), v.error().message().startsWith("too-many-rejections"));
        assertRejected(FrameRejection.TOO_MANY_REJECTIONS, 1);
        assertEquals(EndpointClient.MAX_CONSECUTIVE_REJECTIONS + 1, master.stats().rejected(FrameRejection.UNEXPECTED_TRANSACTION_ID));
    }

    @Test
    public void randomGarbageNeverThrows() throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 30; round++) {
            byte[] garbage = new byte[1 + random.nextInt(600)];
            random.nextBytes(garbage);
            boolean close = random.nextBoolean();
            ReadResult r = read(req -> new Reply(garbage, close));
            PointValue v = r.value("v");
            assertTrue(v.toString(), v.quality() == Quality.BAD || v.quality() == Quality.GOOD);
            server.close();
            server = null;
        }
        assertTrue(master.stats().framesRejected() > 0);
    }

    @Test
    public void aRetryAfterAHostileAnswerUsesAFreshConnection() throws Exception {
        server = new RawServer(req -> req.connection() == 1
                ? new Reply(RawServer.frame(req.transactionId(), 0, 0xFFFF, 1, 3), false)
                : new Reply(RawServer.answer(req, 3, 2, 0, 99), false));
        ReadResult r = master.read(ModbusEndpoint.of("127.0.0.1", server.port()), ONE_REGISTER, new ReadOptions(400L, 1));
        assertEquals(new BigDecimal("99"), r.value("v").value());
        assertEquals(2, r.requests());
        assertEquals(2, server.connections());
        assertRejected(FrameRejection.BAD_LENGTH, 1);
    }

    @Test
    public void aPortThatAcceptsButNeverAnswersTimesOut() throws Exception {
        long start = System.nanoTime();
        ReadResult r = read(req -> Reply.none());
        long took = millis(start);
        assertEquals(ErrorKind.TIMEOUT, r.value("v").error().kind());
        assertTrue("took " + took + " ms", took >= 390 && took < 1500);
    }

    @Test
    public void aDeviceThatClosesAfterEachAnswerIsReconnected() throws Exception {
        server = new RawServer(req -> new Reply(RawServer.answer(req, 3, 2, 0, 7), true));
        for (int i = 0; i < 3; i++) {
            ReadResult r = master.read(ModbusEndpoint.of("127.0.0.1", server.port()), ONE_REGISTER, FAST);
            assertEquals(new BigDecimal("7"), r.value("v").value());
        }
        assertEquals(3, server.connections());
    }
}
