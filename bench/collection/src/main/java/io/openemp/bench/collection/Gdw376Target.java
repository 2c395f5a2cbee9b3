package io.openemp.bench.collection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.openemp.plugin.gdw376.api.DecodeResult;
import io.openemp.plugin.gdw376.api.Gdw376Codec;
import io.openemp.plugin.gdw376.api.RejectReason;
import io.openemp.plugin.gdw376.api.StreamDecoder;

/** Q/GDW 1376.1: the lenient codec (the station's), seeded with the captured frames of shared/data. */
final class Gdw376Target implements LongFuzz.Target {

    private final Gdw376Codec codec = new Gdw376Codec();
    private final Gdw376Codec quiet = new Gdw376Codec();
    private final StreamDecoder stream = new StreamDecoder(new Gdw376Codec());

    @Override
    public List<byte[]> seeds() {
        Path folder = folder();
        try (Stream<Path> files = Files.list(folder)) {
            List<byte[]> out = files.filter(f -> f.toString().endsWith(".3761")).sorted().map(Gdw376Target::read).toList();
            if (out.isEmpty()) {
                throw new IllegalStateException("no .3761 frames in " + folder);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean decode(byte[] input) {
        DecodeResult result = codec.decode(input);
        if (result instanceof DecodeResult.Decoded d) {
            if (!Arrays.equals(input, codec.encode(d.frame()))) {
                throw new AssertionError("decode then encode changed the bytes");
            }
            return true;
        }
        return false;
    }

    @Override
    public void decodeOnly(byte[] input) {
        quiet.decode(input);
    }

    @Override
    public void feed(byte[] input) {
        stream.feed(input, item -> { });
    }

    @Override
    public int splitterBuffered() {
        return stream.buffered();
    }

    @Override
    public int maxFrameLength() {
        return codec.options().maxFrameLength();
    }

    @Override
    public int[] checksummed(byte[] frame) {
        if (frame.length < 8 || frame[0] != 0x68 || frame[5] != 0x68) {
            return null;
        }
        int length = ((frame[1] & 0xFF) | (frame[2] & 0xFF) << 8) >>> 2;
        return 6 + length + 1 < frame.length ? new int[] {6, 6 + length} : null;
    }

    @Override
    public String rejections() {
        return codec.statistics().byReason().toString();
    }

    @Override
    public long faults() {
        return codec.statistics().rejectedCount(RejectReason.DECODER_FAULT)
                + quiet.statistics().rejectedCount(RejectReason.DECODER_FAULT);
    }

    /** Both L fields set to a new user-data length (protocol bits kept), the frame cut or padded to it, CS and end right. */
    static byte[] relength(byte[] frame, Random random) {
        if (frame.length < 8) {
            return frame;
        }
        int userLength = ((frame[1] & 0xFF) | (frame[2] & 0xFF) << 8) >>> 2;
        int length = random.nextInt(3) == 0 ? random.nextInt(16384)
                : Math.max(0, userLength + random.nextInt(41) - 20);
        int l = length << 2 | (frame[1] & 3);
        byte[] out = Arrays.copyOf(frame, Math.min(8 + length, 8 + userLength + 64));
        out[1] = out[3] = (byte) l;
        out[2] = out[4] = (byte) (l >>> 8);
        if (out.length == 8 + length) {
            LongFuzz.fixChecksum(out, new int[] {6, 6 + length});
            out[7 + length] = 0x16;
        }
        return out;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        String given = System.getProperty("gdw376.samples");
        if (given != null) {
            return Paths.get(given);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/qgdw3761-packet-samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/qgdw3761-packet-samples not found; set -Dgdw376.samples");
    }
}
