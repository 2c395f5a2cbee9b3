package io.openemp.plugin.gdw376.api;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;

/** Splitting a byte stream into frames: any chunking, junk between frames, broken frames, hostile lengths. */
public class StreamDecoderTest {

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static List<StreamItem> feedInChunks(StreamDecoder decoder, byte[] stream, Random random) {
        List<StreamItem> items = new ArrayList<>();
        int at = 0;
        while (at < stream.length) {
            int n = Math.min(stream.length - at, 1 + random.nextInt(random.nextBoolean() ? 3 : 200));
            decoder.feed(stream, at, n, items::add);
            at += n;
        }
        decoder.finish(items::add);
        return items;
    }

    private static List<byte[]> frames(List<StreamItem> items) {
        return items.stream().filter(StreamItem::frame).map(StreamItem::bytes).toList();
    }

    @Test
    public void everySampleIsFoundWhateverTheChunking() {
        List<byte[]> samples = new ArrayList<>(Samples.all().values());
        byte[] stream = concat(samples);
        for (int seed = 0; seed < 50; seed++) {
            Gdw376Codec codec = new Gdw376Codec();
            List<StreamItem> items = feedInChunks(new StreamDecoder(codec), stream, new Random(seed));
            List<byte[]> found = frames(items);
            assertEquals(samples.size(), found.size());
            for (int i = 0; i < samples.size(); i++) {
                assertArrayEquals(samples.get(i), found.get(i));
            }
            assertEquals(samples.size(), items.size());
            assertEquals(0, codec.statistics().rejectedCount());
        }
    }

    @Test
    public void junkBetweenFramesIsSkippedAndReportedOncePerRun() {
        byte[] login = Samples.get("login");
        byte[] heartbeat = Samples.get("heartBeat");
        byte[] junk = Hex.parse("00 11 22 68 33 68 16 ff");
        byte[] stream = concat(List.of(junk, login, junk, junk, heartbeat, junk));
        Gdw376Codec codec = new Gdw376Codec();
        List<StreamItem> items = feedInChunks(new StreamDecoder(codec), stream, new Random(1));
        assertEquals(2, frames(items).size());
        List<StreamItem> skipped = items.stream().filter(i -> !i.frame()).toList();
        assertEquals("one report before, between and after the frames", 3, skipped.size());
        assertEquals(8, skipped.get(0).skipped());
        assertEquals(16, skipped.get(1).skipped());
        assertEquals(8, skipped.get(2).skipped());
        assertEquals(0, skipped.get(0).position());
        assertEquals(28, skipped.get(1).position());
        assertEquals(32, codec.statistics().skippedBytes());
        assertEquals(3, codec.statistics().rejectedCount());
        assertEquals(2, codec.statistics().decodedCount());
    }

    @Test
    public void aBrokenFrameDoesNotHideTheNextOne() {
        byte[] broken = Samples.get("rafn12f25");
        broken[40] ^= 0x01; // checksum now wrong
        byte[] cut = java.util.Arrays.copyOf(Samples.get("rafn12f33"), 30); // cut short
        byte[] good = Samples.get("rafn12f129");
        Gdw376Codec codec = new Gdw376Codec();
        List<StreamItem> items = feedInChunks(new StreamDecoder(codec), concat(List.of(broken, cut, good)), new Random(2));
        List<byte[]> found = frames(items);
        assertEquals(1, found.size());
        assertArrayEquals(good, found.get(0));
        StreamItem first = items.get(0);
        assertEquals(RejectReason.CHECKSUM, ((DecodeResult.Rejected) first.result()).rejection().reason());
        assertEquals(broken.length + cut.length, first.skipped());
    }

    @Test
    public void aHeaderClaimingTheLargestFrameOnlyDelaysTheFramesAfterIt() {
        byte[] fake = {0x68, (byte) 0xfe, (byte) 0xff, (byte) 0xfe, (byte) 0xff, 0x68};
        List<byte[]> samples = new ArrayList<>(Samples.all().values());
        List<byte[]> parts = new ArrayList<>();
        parts.add(fake);
        while (concat(parts).length < CodecOptions.MAX_POSSIBLE + 100) {
            parts.addAll(samples);
        }
        byte[] stream = concat(parts);
        Gdw376Codec codec = new Gdw376Codec();
        StreamDecoder decoder = new StreamDecoder(codec);
        List<StreamItem> items = new ArrayList<>();
        int most = 0;
        for (int at = 0; at < stream.length; at += 512) {
            decoder.feed(stream, at, Math.min(512, stream.length - at), items::add);
            most = Math.max(most, decoder.buffered());
        }
        decoder.finish(items::add);
        assertTrue("the buffer never exceeds the frame limit: " + most, most <= CodecOptions.MAX_POSSIBLE);
        int expected = parts.size() - 1;
        assertEquals(expected, frames(items).size());
        assertEquals(6, items.get(0).skipped());
    }

    @Test
    public void aSmallFrameLimitRefusesLongHeadersAtOnce() {
        Gdw376Codec radio = new Gdw376Codec(CodecOptions.defaults().withMaxFrameLength(263));
        byte[] fake = Frames.withEnvelope(new byte[400]);
        byte[] login = Samples.get("login");
        List<StreamItem> items = new ArrayList<>();
        StreamDecoder decoder = new StreamDecoder(radio);
        decoder.feed(concat(List.of(fake, login)), items::add);
        assertEquals(1, frames(items).size());
        assertEquals(RejectReason.OVER_LIMIT, ((DecodeResult.Rejected) items.get(0).result()).rejection().reason());
        assertEquals(0, decoder.buffered());
    }

    @Test
    public void anInputStreamIsReadToItsEnd() throws Exception {
        byte[] stream = concat(List.of(Samples.get("login"), Samples.get("rafn13f1"), java.util.Arrays.copyOf(Samples.get("login"), 10)));
        List<StreamItem> items = new ArrayList<>();
        new StreamDecoder(new Gdw376Codec()).readFrom(new ByteArrayInputStream(stream), items::add);
        assertEquals(3, items.size());
        assertEquals(2, frames(items).size());
        DecodeResult.Rejected cut = (DecodeResult.Rejected) items.get(2).result();
        assertEquals(RejectReason.TRUNCATED, cut.rejection().reason());
        assertEquals(20 + 120, items.get(2).position());
    }
}
