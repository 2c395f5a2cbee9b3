package io.openemp.access.thrift.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongSupplier;

import org.apache.thrift.TApplicationException;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.transport.TMemoryBuffer;
import org.apache.thrift.transport.TTransportException;
import org.junit.Rule;
import org.junit.Test;

import io.openemp.access.thrift.gen.JsonRpc;
import io.openemp.access.thrift.internal.ThriftClient.Protocol;

/**
 * What the server does with frames it must not trust: length prefixes far above the limit are refused before
 * anything is allocated (the tests run with a 256 MB heap, so a server that allocated from the prefix would
 * fail them), malformed frames close only their own connection, and the server goes on serving everyone else.
 */
public class FrameLimitTest {

    static final int LIMIT = 64 * 1024;

    @Rule
    public final RunningServer running = new RunningServer(new ServerSettings("127.0.0.1", 0, LIMIT, 16, 0));

    static String say(String text, int id) {
        return JsonRpcOverThriftTest.request("echo.say", "{\"text\":\"" + text + "\"}", id);
    }

    /** A {@code call} message in the binary protocol, as a client would put it in a frame. */
    static byte[] callMessage(String request) throws TException {
        TMemoryBuffer buffer = new TMemoryBuffer(256);
        TProtocol protocol = new TBinaryProtocol(buffer);
        protocol.writeMessageBegin(new TMessage("call", TMessageType.CALL, 1));
        new JsonRpc.call_args(request).write(protocol);
        protocol.writeMessageEnd();
        return Arrays.copyOf(buffer.getArray(), buffer.length());
    }

    /**
     * Waits for a counter to reach {@code expected}: the client may see its connection closed a moment before
     * the server's worker has counted why.
     */
    static void awaitCount(long expected, LongSupplier counter) throws InterruptedException {
        Await.until(() -> counter.getAsLong() >= expected);
        assertEquals(expected, counter.getAsLong());
    }

    /** Asserts that a client logged in before a bad frame still gets answers, and that a new one does too. */
    void assertStillServing(ThriftClient bystander) throws Exception {
        assertEquals("still", JsonRpcOverThriftTest.json(bystander.rpc.call(say("still", 9))).get("result").asText());
        try (ThriftClient fresh = running.alice(Protocol.COMPACT)) {
            assertEquals("fresh", JsonRpcOverThriftTest.json(fresh.rpc.call(say("fresh", 10))).get("result").asText());
        }
    }

    @Test
    public void aLengthPrefixOf0x7FFFFFFFIsRefusedAndTheServerGoesOn() throws Exception {
        try (ThriftClient bystander = running.alice(Protocol.BINARY); RawSocket raw = new RawSocket(running.address())) {
            assertTrue("connection not closed", raw.sendLength(0x7FFFFFFF).closedByServer());
            awaitCount(1, () -> running.server.stats().refusedFrames());
            assertStillServing(bystander);
        }
    }

    @Test
    public void aLengthPrefixOfOneGigabyteIsRefusedAndTheServerGoesOn() throws Exception {
        try (ThriftClient bystander = running.alice(Protocol.BINARY); RawSocket raw = new RawSocket(running.address())) {
            assertTrue("connection not closed", raw.sendLength(1 << 30).closedByServer());
            awaitCount(1, () -> running.server.stats().refusedFrames());
            assertStillServing(bystander);
        }
    }

    @Test
    public void negativeLengthsAndHttpAreRefused() throws Exception {
        try (ThriftClient bystander = running.alice(Protocol.BINARY)) {
            try (RawSocket raw = new RawSocket(running.address())) {
                assertTrue(raw.sendLength(-1).closedByServer());
            }
            try (RawSocket raw = new RawSocket(running.address())) {
                byte[] http = "POST /api/rpc HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
                assertTrue(raw.send(http).closedByServer()); // "POST" read as a length: 1.3 GB
            }
            awaitCount(2, () -> running.server.stats().refusedFrames());
            assertStillServing(bystander);
        }
    }

    @Test
    public void aFrameOfExactlyTheLimitIsServedAndOneByteMoreIsRefused() throws Exception {
        String padding = "x".repeat(LIMIT - callMessage(say("", 1)).length);
        byte[] atLimit = callMessage(say(padding, 1));
        assertEquals(LIMIT, atLimit.length);
        try (RawSocket raw = new RawSocket(running.address())) {
            byte[] frame = raw.sendFrame(atLimit).readFrame();
            TMemoryBuffer in = new TMemoryBuffer(frame.length);
            in.write(frame);
            TProtocol reply = new TBinaryProtocol(in);
            TMessage message = reply.readMessageBegin();
            assertEquals(TMessageType.REPLY, message.type);
            JsonRpc.call_result result = new JsonRpc.call_result();
            result.read(reply);
            assertEquals(-32000, JsonRpcOverThriftTest.json(result.getSuccess()).at("/error/code").asInt());

            raw.sendLength(LIMIT + 1);
            assertTrue(raw.closedByServer());
        }
        awaitCount(1, () -> running.server.stats().refusedFrames());
    }

    @Test
    public void aLegitimateClientSendingTooMuchIsDisconnectedAlone() throws Exception {
        try (ThriftClient bystander = running.alice(Protocol.COMPACT); ThriftClient greedy = running.alice(Protocol.BINARY)) {
            try {
                greedy.rpc.call(say("y".repeat(LIMIT), 1));
                fail("an oversized request was answered");
            } catch (TTransportException expected) {
                // the server closed the connection
            }
            assertStillServing(bystander);
        }
    }

    @Test
    public void malformedFramesCloseTheirConnectionOnly() throws Exception {
        byte[] binaryCall = callMessage(say("x", 1));
        byte[] badVersion = binaryCall.clone();
        badVersion[1] = 0x07;
        byte[] stringLongerThanTheFrame = binaryCall.clone();
        int lengthAt = stringLongerThanTheFrame.length - (say("x", 1).length() + 4 + 1); // i32 length, then text, then stop
        ByteBuffer.wrap(stringLongerThanTheFrame).putInt(lengthAt, 50 * 1024 * 1024);
        byte[] truncated = Arrays.copyOf(binaryCall, binaryCall.length - 10);
        byte[] compactBadVersion = {(byte) 0x82, 0x1f, 0x01, 0x04, 'c', 'a', 'l', 'l', 0x00};

        byte[][] frames = {
            {},                                                 // empty frame
            {0x00, 0x00, 0x00, 0x0c, 'l', 'o', 'g', 'i', 'n'},  // non-strict binary: not accepted
            {0x7b, 0x22, 0x6a, 0x73, 0x6f, 0x6e},               // raw JSON, not Thrift
            badVersion,
            compactBadVersion,
            stringLongerThanTheFrame,
            truncated,
        };
        try (ThriftClient bystander = running.alice(Protocol.BINARY)) {
            for (int i = 0; i < frames.length; i++) {
                try (RawSocket raw = new RawSocket(running.address())) {
                    assertTrue("frame " + i + " did not close its connection", raw.sendFrame(frames[i]).closedByServer());
                }
                awaitCount(i + 1, () -> running.server.stats().malformedMessages());
            }
            assertEquals(0, running.server.stats().refusedFrames());
            assertStillServing(bystander);
        }
    }

    @Test
    public void aClientLeavingInTheMiddleOfAFrameDoesNotDisturbTheServer() throws Exception {
        try (ThriftClient bystander = running.alice(Protocol.BINARY)) {
            try (RawSocket raw = new RawSocket(running.address())) {
                raw.sendLength(1000).send(new byte[10]);
            }
            try (RawSocket raw = new RawSocket(running.address())) {
                raw.send(new byte[] {0x00, 0x00});
            }
            assertStillServing(bystander);
        }
    }

    @Test
    public void anUnknownMethodIsAnsweredWithAnExceptionAndTheConnectionGoesOn() throws Exception {
        for (Protocol protocol : Protocol.values()) {
            try (ThriftClient client = running.alice(protocol)) {
                TProtocol out = client.protocol;
                out.writeMessageBegin(new TMessage("transfer", TMessageType.CALL, 77));
                out.writeStructBegin(new TStruct("transfer_args"));
                out.writeFieldStop();
                out.writeStructEnd();
                out.writeMessageEnd();
                out.getTransport().flush();
                TMessage reply = client.protocol.readMessageBegin();
                assertEquals(TMessageType.EXCEPTION, reply.type);
                assertEquals(77, reply.seqid);
                TApplicationException error = TApplicationException.readFrom(client.protocol);
                client.protocol.readMessageEnd();
                assertEquals(TApplicationException.UNKNOWN_METHOD, error.getType());

                assertEquals("on", JsonRpcOverThriftTest.json(client.rpc.call(say("on", 2))).get("result").asText());
            }
        }
        assertEquals(0, running.server.stats().malformedMessages());
    }

    @Test
    public void argumentsOfTheWrongTypeAreIgnoredAsThriftSpecifies() throws Exception {
        try (ThriftClient client = running.alice(Protocol.COMPACT)) {
            TProtocol out = client.protocol;
            out.writeMessageBegin(new TMessage("call", TMessageType.CALL, 5));
            out.writeStructBegin(new TStruct("call_args"));
            out.writeFieldBegin(new org.apache.thrift.protocol.TField("request", org.apache.thrift.protocol.TType.I64, (short) 1));
            out.writeI64(42);
            out.writeFieldEnd();
            out.writeFieldStop();
            out.writeStructEnd();
            out.writeMessageEnd();
            out.getTransport().flush();
            TMessage reply = client.protocol.readMessageBegin();
            assertEquals(TMessageType.REPLY, reply.type);
            JsonRpc.call_result result = new JsonRpc.call_result();
            result.read(client.protocol);
            client.protocol.readMessageEnd();
            assertEquals(-32700, JsonRpcOverThriftTest.json(result.getSuccess()).at("/error/code").asInt());
        }
    }

    @Test
    public void theCompactProtocolIsRecognisedFromTheFirstByte() throws Exception {
        TMemoryBuffer buffer = new TMemoryBuffer(64);
        TProtocol protocol = new TCompactProtocol(buffer);
        protocol.writeMessageBegin(new TMessage("logout", TMessageType.CALL, 3));
        new JsonRpc.logout_args().write(protocol);
        protocol.writeMessageEnd();
        byte[] message = Arrays.copyOf(buffer.getArray(), buffer.length());
        assertEquals(Connection.COMPACT_FIRST_BYTE, message[0]);
        assertEquals(Connection.BINARY_FIRST_BYTE, callMessage("")[0]);
        try (RawSocket raw = new RawSocket(running.address())) {
            byte[] reply = raw.sendFrame(message).readFrame();
            assertEquals(Connection.COMPACT_FIRST_BYTE, reply[0]);
        }
    }
}
