package io.openemp.plugin.dlt645.api;

import static io.openemp.plugin.dlt645.api.Frames.METER;
import static io.openemp.plugin.dlt645.api.Frames.hex;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;

/** Frames found in a byte stream, whatever the chunks, garbage and broken frames around them. */
public class SplitterTest {

    private final Dlt645Statistics statistics = new Dlt645Statistics();
    private final Dlt645Codec codec = new Dlt645Codec(Dlt645Codec.DEFAULT_MAX_DATA_LENGTH, statistics);
    private final List<Dlt645Frame> frames = new ArrayList<>();
    private final List<Long> offsets = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final FrameSplitter splitter = new FrameSplitter(codec, 256, new FrameSplitter.Listener() {
        @Override
        public void onFrame(Dlt645Frame frame, long offset) {
            frames.add(frame);
            offsets.add(offset);
        }

        @Override
        public void onRejected(Rejection rejection, int discarded) {
            rejections.add(rejection);
        }
    });

    private final Dlt645Frame read = Dlt645Requests.read(METER, DataId.parse("00010000"));
    private final Dlt645Frame reply = new ReadReply(METER, DataId.parse("0201FF00"), Bytes.ofUnsigned(0x01, 0x22, 0x02, 0x22, 0x03, 0x22), false);

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    public void framesWithPreamblesOneByteAtATime() {
        byte[] stream = concat(codec.encode(read, 4), codec.encode(reply, 2), codec.encode(read));
        for (byte b : stream) {
            splitter.feed(new byte[] { b });
        }
        assertEquals(List.of(read, reply, read), frames);
        assertEquals(List.of(4L, 20L + 2, 20L + 24), offsets);
        assertEquals(List.of(), rejections);
        assertEquals(0, splitter.buffered());
        assertEquals(stream.length, splitter.position());
    }

    @Test
    public void garbageBeforeBetweenAndAfterFrames() {
        byte[] stream = concat(hex("00 11 22"), codec.encode(read), hex("16 16 33"), codec.encode(reply, 4), hex("99"));
        splitter.feed(stream);
        assertEquals(List.of(read, reply), frames);
        assertEquals(List.of(3L, 3L + 16 + 3 + 4), offsets);
        assertEquals(2, rejections.size());
        assertEquals(new Rejection(RejectReason.BAD_START, 0, "3 bytes before a frame start"), rejections.get(0));
        assertEquals(new Rejection(RejectReason.BAD_START, 19, "3 bytes before a frame start"), rejections.get(1));
        splitter.finish();
        assertEquals(new Rejection(RejectReason.BAD_START, stream.length - 1, "1 bytes before a frame start"), rejections.get(2));
        assertEquals(7, statistics.snapshot().bytesDiscarded());
        assertEquals(3, statistics.rejections(RejectReason.BAD_START));
    }

    @Test
    public void resynchronisesAfterABrokenFrameThatHidesTheNextOne() {
        // A frame cut after 9 bytes (its L byte lost), then a whole frame: the broken header takes the next frame's 68H
        // as its L (104 bytes that never come). The splitter does not wait for them: it finds the whole, sound frame
        // inside what it holds and reports the cut one as TRUNCATED.
        byte[] good = codec.encode(reply);
        byte[] broken = java.util.Arrays.copyOf(codec.encode(read), 9);
        splitter.feed(concat(broken, good));
        assertEquals(List.of(reply), frames);
        assertEquals(List.of(9L), offsets);
        assertEquals(1, rejections.size());
        assertEquals(RejectReason.TRUNCATED, rejections.get(0).reason());
        assertEquals(0, rejections.get(0).offset());
        assertEquals(0, splitter.buffered());
    }

    @Test
    public void aFalseStartInsideGarbageIsSkippedAlone() {
        // 68 followed by bytes that are no address: rejected at once (BAD_ADDRESS), then the real frame.
        byte[] stream = concat(hex("68 FF FF FF FF FF FF 68 00 00"), codec.encode(read));
        splitter.feed(stream);
        assertEquals(List.of(read), frames);
        assertEquals(RejectReason.BAD_ADDRESS, rejections.get(0).reason());
        assertEquals(1, rejections.get(0).offset());
    }

    @Test
    public void aLengthAboveTheLimitDoesNotMakeItWait() {
        byte[] stream = concat(hex("68 12 90 78 56 34 12 68 91 FF"), codec.encode(read));
        splitter.feed(stream);
        assertEquals(List.of(read), frames);
        assertEquals(RejectReason.LENGTH_OVER_LIMIT, rejections.get(0).reason());
    }

    @Test
    public void aSoundFrameWithBadContentIsSkippedWhole() {
        byte[] badLayout = hex("68 12 90 78 56 34 12 68 13 01 33 D2 16");
        // checksum of the above: 286 + 13 + 01 + 33 = 2CD -> CD; fix it so only the layout is wrong
        badLayout[11] = (byte) 0xCD;
        splitter.feed(concat(badLayout, codec.encode(read)));
        assertEquals(List.of(read), frames);
        assertEquals(1, rejections.size());
        assertEquals(new Rejection(RejectReason.BAD_LAYOUT, 9, "a read-address request has no data, L = 1"), rejections.get(0));
    }

    @Test
    public void randomChunksGiveTheSameFrames() {
        Random random = new Random(645);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        List<Dlt645Frame> sent = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Dlt645Frame frame = i % 3 == 0 ? read : reply;
            sent.add(frame);
            if (random.nextInt(4) == 0) {
                byte[] garbage = new byte[random.nextInt(20)];
                random.nextBytes(garbage);
                for (int g = 0; g < garbage.length; g++) {
                    if (garbage[g] == 0x68) {
                        garbage[g] = 0x00;
                    }
                }
                stream.writeBytes(garbage);
            }
            stream.writeBytes(codec.encode(frame, random.nextInt(5)));
        }
        byte[] bytes = stream.toByteArray();
        int at = 0;
        while (at < bytes.length) {
            int n = Math.min(bytes.length - at, 1 + random.nextInt(700));
            if (random.nextBoolean()) {
                splitter.feed(bytes, at, n);
            } else {
                splitter.feed(ByteBuffer.wrap(bytes, at, n));
            }
            assertTrue(splitter.buffered() <= 256);
            at += n;
        }
        assertEquals(sent, frames);
    }

    @Test
    public void anUnfinishedFrameAtTheEndIsTruncated() {
        byte[] frame = codec.encode(reply);
        splitter.feed(frame, 0, frame.length - 3);
        assertEquals(frame.length - 3, splitter.buffered());
        splitter.finish();
        assertEquals(List.of(), frames);
        assertEquals(RejectReason.TRUNCATED, rejections.get(0).reason());
        assertEquals(0, splitter.buffered());
    }

    @Test
    public void theBufferMustHoldTheLongestFrame() {
        try {
            new FrameSplitter(codec, 211, (frame, offset) -> { });
            fail("212 bytes are needed for L = 200");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("212"));
        }
    }

    @Test
    public void aHugeChunkOfNoiseIsTakenInPiecesWithinTheBuffer() {
        byte[] noise = new byte[1_000_000];
        new Random(1).nextBytes(noise);
        splitter.feed(noise);
        assertTrue(splitter.buffered() <= 256);
        splitter.feed(codec.encode(read, 4));
        splitter.finish();
        assertEquals(read, frames.get(frames.size() - 1));
    }
}
