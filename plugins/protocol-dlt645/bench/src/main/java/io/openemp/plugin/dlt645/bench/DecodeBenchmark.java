package io.openemp.plugin.dlt645.bench;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.openemp.plugin.dlt645.api.Bytes;
import io.openemp.plugin.dlt645.api.DataCatalogue;
import io.openemp.plugin.dlt645.api.DataId;
import io.openemp.plugin.dlt645.api.DecodeResult;
import io.openemp.plugin.dlt645.api.Dlt645Codec;
import io.openemp.plugin.dlt645.api.Dlt645Frame;
import io.openemp.plugin.dlt645.api.Dlt645Requests;
import io.openemp.plugin.dlt645.api.FrameSplitter;
import io.openemp.plugin.dlt645.api.MeterAddress;
import io.openemp.plugin.dlt645.api.ReadReply;

/**
 * Decode throughput of one thread (one core): frames per second. {@code decodeEnergyReply} is the figure,
 * a meter's 20-byte reply to a read of an energy register (plus the 4-byte preamble meters send).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecodeBenchmark {

    private static final int STREAM_FRAMES = 1000;

    private final Dlt645Codec codec = new Dlt645Codec();
    private final DataCatalogue catalogue = DataCatalogue.standard();
    private final MeterAddress meter = MeterAddress.parse("123456789012");

    private byte[] energyReply;
    private byte[] voltageBlockReply;
    private byte[] readRequest;
    private byte[] stream;
    private Dlt645Frame request;
    private FrameSplitter splitter;
    private Blackhole sink;

    @Setup
    public void setUp(Blackhole blackhole) {
        sink = blackhole;
        energyReply = codec.encode(new ReadReply(meter, DataId.parse("00010000"), Bytes.ofUnsigned(0x56, 0x34, 0x12, 0x00), false), 4);
        voltageBlockReply = codec.encode(new ReadReply(meter, DataId.parse("0201FF00"),
                Bytes.ofUnsigned(0x01, 0x22, 0x12, 0x22, 0x99, 0x21), false));
        request = Dlt645Requests.read(meter, DataId.parse("00010000"));
        readRequest = codec.encode(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < STREAM_FRAMES; i++) {
            out.writeBytes(i % 2 == 0 ? energyReply : voltageBlockReply);
        }
        stream = out.toByteArray();
        splitter = new FrameSplitter(codec, 1024, (frame, offset) -> sink.consume(frame));
    }

    @Benchmark
    public DecodeResult decodeEnergyReply() {
        return codec.decode(energyReply);
    }

    @Benchmark
    public DecodeResult decodeVoltageBlockReply() {
        return codec.decode(voltageBlockReply);
    }

    @Benchmark
    public DecodeResult decodeReadRequest() {
        return codec.decode(readRequest);
    }

    @Benchmark
    public DecodeResult decodeFromByteBuffer() {
        return codec.decode(ByteBuffer.wrap(energyReply));
    }

    /** A stream of frames in 512-byte reads through the splitter; the score is frames per second. */
    @Benchmark
    @OperationsPerInvocation(STREAM_FRAMES)
    public void splitStream() {
        for (int at = 0; at < stream.length; at += 512) {
            splitter.feed(stream, at, Math.min(512, stream.length - at));
        }
    }

    /** Decode and the value as BigDecimal through the catalogue: what a master station does per reading. */
    @Benchmark
    public Object decodeEnergyReplyAndValue() {
        ReadReply reply = (ReadReply) codec.decode(energyReply).frame();
        return catalogue.decode(reply.dataId(), reply.value()).values().get(0).number();
    }

    @Benchmark
    public byte[] encodeReadRequest() {
        return codec.encode(request);
    }
}
