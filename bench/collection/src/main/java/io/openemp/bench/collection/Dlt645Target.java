package io.openemp.bench.collection;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.openemp.plugin.dlt645.api.AbnormalReply;
import io.openemp.plugin.dlt645.api.Bytes;
import io.openemp.plugin.dlt645.api.DataId;
import io.openemp.plugin.dlt645.api.DecodeResult;
import io.openemp.plugin.dlt645.api.Dlt645Codec;
import io.openemp.plugin.dlt645.api.Dlt645Frame;
import io.openemp.plugin.dlt645.api.Dlt645Requests;
import io.openemp.plugin.dlt645.api.Dlt645Statistics;
import io.openemp.plugin.dlt645.api.ErrorBit;
import io.openemp.plugin.dlt645.api.ErrorFlags;
import io.openemp.plugin.dlt645.api.FrameSplitter;
import io.openemp.plugin.dlt645.api.FreezeTime;
import io.openemp.plugin.dlt645.api.Function;
import io.openemp.plugin.dlt645.api.MeterAddress;
import io.openemp.plugin.dlt645.api.ReadFollowUpReply;
import io.openemp.plugin.dlt645.api.ReadReply;

/** DL/T 645-2007: the codec with its default data limit, seeded with frames of every function the station meets. */
final class Dlt645Target implements LongFuzz.Target {

    private final Dlt645Statistics statistics = new Dlt645Statistics();
    private final Dlt645Codec codec = new Dlt645Codec(Dlt645Codec.DEFAULT_MAX_DATA_LENGTH, statistics);
    private final Dlt645Codec quiet = new Dlt645Codec();
    private final FrameSplitter splitter = new FrameSplitter(new Dlt645Codec(), codec.maxFrameLength(), (f, o) -> { });

    @Override
    public List<byte[]> seeds() {
        MeterAddress meter = MeterAddress.parse("017100005002");
        DataId energy = DataId.parse("00010000");
        List<Dlt645Frame> frames = List.of(
                Dlt645Requests.read(meter, energy),
                Dlt645Requests.readAddress(),
                Dlt645Requests.freeze(MeterAddress.BROADCAST, FreezeTime.instant()),
                Dlt645Requests.broadcastTime(LocalDateTime.of(2026, 11, 25, 12, 30, 5)),
                new ReadReply(meter, energy, Bytes.ofUnsigned(0x56, 0x34, 0x12, 0x00), false),
                new ReadReply(meter, DataId.parse("0201FF00"), Bytes.ofUnsigned(0x01, 0x22, 0x12, 0x22, 0x99, 0x21), false),
                new ReadReply(meter, DataId.parse("05060101"), Bytes.ofUnsigned(0x00, 0x00, 0x25, 0x11, 0x26, 1, 2, 3, 4,
                        5, 6, 7, 8, 9, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16), false),
                new ReadFollowUpReply(meter, energy, Bytes.ofUnsigned(1, 2, 3, 4), 1, true),
                AbnormalReply.of(meter, Function.READ, ErrorFlags.of(ErrorBit.NO_DATA)));
        List<byte[]> out = new ArrayList<>();
        for (Dlt645Frame frame : frames) {
            out.add(codec.encode(frame));
            out.add(codec.encode(frame, 4));
        }
        return out;
    }

    @Override
    public boolean decode(byte[] input) {
        DecodeResult result = codec.decode(input);
        if (result.isFrame()) {
            if (!Arrays.equals(input, codec.encode(result.frame(), result.preamble()))) {
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
        splitter.feed(input);
    }

    @Override
    public int splitterBuffered() {
        return splitter.buffered();
    }

    @Override
    public int maxFrameLength() {
        return codec.maxFrameLength();
    }

    @Override
    public int[] checksummed(byte[] frame) {
        int s = start(frame);
        if (s < 0 || frame.length < s + 12) {
            return null;
        }
        int end = s + 10 + (frame[s + 9] & 0xFF);
        return end + 1 < frame.length ? new int[] {s, end} : null;
    }

    @Override
    public String rejections() {
        return statistics.snapshot().rejectedByReason().toString();
    }

    @Override
    public long faults() {
        return 0; // the DL/T 645 codec has no fault counter: an exception escaping is the failure
    }

    static byte[] relength(byte[] frame, Random random) {
        int s = start(frame);
        if (s < 0 || frame.length < s + 12) {
            return frame;
        }
        int length = random.nextInt(256);
        byte[] out = Arrays.copyOf(frame, s + 12 + length);
        out[s + 9] = (byte) length;
        LongFuzz.fixChecksum(out, new int[] {s, s + 10 + length});
        out[s + 11 + length] = 0x16;
        return out;
    }

    private static int start(byte[] frame) {
        int s = 0;
        while (s < frame.length && frame[s] == (byte) 0xFE) {
            s++;
        }
        return s < frame.length && frame[s] == 0x68 ? s : -1;
    }
}
