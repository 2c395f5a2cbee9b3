package io.openemp.plugin.dlt645.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugin.dlt645.api.Bytes;
import io.openemp.plugin.dlt645.api.DataCatalogue;
import io.openemp.plugin.dlt645.api.DataId;
import io.openemp.plugin.dlt645.api.DataItem;
import io.openemp.plugin.dlt645.api.Dlt645Codec;
import io.openemp.plugin.dlt645.api.Dlt645Requests;
import io.openemp.plugin.dlt645.api.Dlt645Service;
import io.openemp.plugin.dlt645.api.Dlt645Statistics;
import io.openemp.plugin.dlt645.api.Dlt645Stats;
import io.openemp.plugin.dlt645.api.FrameAnalyser;
import io.openemp.plugin.dlt645.api.FrameAnalysis;
import io.openemp.plugin.dlt645.api.FrameSplitter;
import io.openemp.plugin.dlt645.api.MeterAddress;

/**
 * The {@code dlt645} RPC component and the {@link Dlt645Service}: one shared codec (configured by PID
 * {@value #PID}), its splitters, the standard catalogue, the frame analyser and the statistics of them all.
 * Methods: {@code dlt645.decode} (the frame analyser), {@code dlt645.encode} (a read request), {@code dlt645.item}
 * (a data identifier's catalogue entry) and {@code dlt645.stats}.
 */
@Component(service = { RpcComponent.class, Dlt645Service.class }, configurationPid = Dlt645Component.PID)
@Designate(ocd = Dlt645Config.class)
public class Dlt645Component implements RpcComponent, Dlt645Service {

    /** The configuration PID. */
    public static final String PID = "io.openemp.plugin.dlt645";

    /** Longest input {@code dlt645.decode} takes, in bytes. */
    public static final int MAX_INPUT = 4096;

    private final Dlt645Statistics statistics = new Dlt645Statistics();
    private final DataCatalogue catalogue = DataCatalogue.standard();
    private volatile Settings settings = new Settings(new Dlt645Codec(Dlt645Codec.DEFAULT_MAX_DATA_LENGTH, statistics), 1024);

    /** The limits and the codec made from them, replaced together. */
    private record Settings(Dlt645Codec codec, int bufferBytes) {
    }

    @Activate
    void activate(Dlt645Config config) {
        configure(config.maxDataLength(), config.splitterBufferBytes());
    }

    /** A changed configuration applies to the next frames and splitters; a wrong one throws and the old one stays. */
    @Modified
    void modified(Dlt645Config config) {
        configure(config.maxDataLength(), config.splitterBufferBytes());
    }

    void configure(int maxDataLength, int bufferBytes) {
        if (maxDataLength < 0 || maxDataLength > 255) {
            throw new IllegalArgumentException("maxDataLength is 0..255, not " + maxDataLength);
        }
        if (bufferBytes < Dlt645Codec.OVERHEAD + maxDataLength || bufferBytes > 65536) {
            throw new IllegalArgumentException("splitterBufferBytes is " + (Dlt645Codec.OVERHEAD + maxDataLength) + "..65536, not " + bufferBytes);
        }
        settings = new Settings(new Dlt645Codec(maxDataLength, statistics), bufferBytes);
    }

    @Override
    public String id() {
        return "dlt645";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "DL/T 645-2007 meter protocol: frame analyser, request encoder, data identifier catalogue and codec statistics";
    }

    @RpcMethod(name = "decode", roles = Roles.VIEWER,
            description = "Every field of a DL/T 645-2007 frame given in hex, with its meaning, value and unit, the checksum expected and found, and for a broken frame the reason and offset")
    public FrameAnalysis decode(
            @Param(value = "hex", description = "The frame's bytes in hex, e.g. \"FE FE 68 61 01 00 00 00 00 68 11 04 33 33 34 33 14 16\"; spaces, colons, dashes, commas and 0x prefixes are ignored")
            String hex) throws RpcException {
        return analyse(bytes(hex));
    }

    @RpcMethod(name = "encode", roles = Roles.VIEWER,
            description = "The read request (C = 11H) for a data identifier of a meter, as hex")
    public EncodedFrame encode(
            @Param(value = "address", description = "The meter address, 12 digits as on the nameplate (fewer are padded with leading zeros), e.g. \"000000000161\"")
            String address,
            @Param(value = "dataId", description = "The data identifier, 8 hex digits DI3 first, e.g. \"00010000\" (forward active total energy)")
            String dataId,
            @Param(value = "preamble", required = false, description = "FEH wake-up bytes before the frame, 0..16 (0 when left out)")
            Integer preamble) throws RpcException {
        MeterAddress meter;
        try {
            meter = MeterAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw RpcException.invalidParams("address", e.getMessage());
        }
        DataId id;
        try {
            id = DataId.parse(dataId);
        } catch (IllegalArgumentException e) {
            throw RpcException.invalidParams("dataId", e.getMessage());
        }
        int wakeUp = preamble == null ? 0 : preamble;
        if (wakeUp < 0 || wakeUp > 16) {
            throw RpcException.invalidParams("preamble", "0..16 FEH bytes, not " + wakeUp);
        }
        byte[] frame = codec().encode(Dlt645Requests.read(meter, id), wakeUp);
        return new EncodedFrame(Bytes.of(frame).toString(), frame.length, meter.toString(), id.toString(),
                catalogue.lookup(id).map(DataItem::name).orElse(null));
    }

    @RpcMethod(name = "item", roles = Roles.VIEWER,
            description = "What the catalogue knows of a data identifier: name, fields with format, unit and sign, block members")
    public ItemInfo item(
            @Param(value = "dataId", description = "The data identifier, 8 hex digits DI3 first, e.g. \"0201FF00\"")
            String dataId) throws RpcException {
        DataId id;
        try {
            id = DataId.parse(dataId);
        } catch (IllegalArgumentException e) {
            throw RpcException.invalidParams("dataId", e.getMessage());
        }
        DataItem item = catalogue.lookup(id).orElseThrow(() -> RpcException.invalidParams("dataId", id + " is not in the catalogue"));
        List<ItemInfo.Field> fields = item.fields().stream()
                .map(f -> new ItemInfo.Field(f.name(), f.format().pattern(), f.unit(), f.format().signed(), f.format().length()))
                .toList();
        return new ItemInfo(id.toString(), item.name(), item.lengthRule(), fields, item.members().stream().map(DataId::toString).toList());
    }

    @RpcMethod(name = "stats", roles = Roles.VIEWER,
            description = "Frames decoded and encoded, rejections by reason and bytes discarded by the shared codec and its splitters since the bundle started")
    @Override
    public Dlt645Stats stats() {
        return statistics.snapshot();
    }

    private static byte[] bytes(String hex) throws RpcException {
        if (hex == null) {
            throw RpcException.invalidParams("hex", "required");
        }
        byte[] bytes;
        try {
            bytes = Bytes.fromHex(hex).toArray();
        } catch (IllegalArgumentException e) {
            throw RpcException.invalidParams("hex", e.getMessage());
        }
        if (bytes.length == 0) {
            throw RpcException.invalidParams("hex", "no bytes");
        }
        if (bytes.length > MAX_INPUT) {
            throw RpcException.invalidParams("hex", bytes.length + " bytes, more than the " + MAX_INPUT + " a frame analysis takes");
        }
        return bytes;
    }

    @Override
    public Dlt645Codec codec() {
        return settings.codec();
    }

    @Override
    public FrameSplitter splitter(FrameSplitter.Listener listener) {
        Settings current = settings;
        return new FrameSplitter(current.codec(), current.bufferBytes(), listener);
    }

    @Override
    public DataCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public FrameAnalysis analyse(byte[] bytes) {
        return new FrameAnalyser(codec(), catalogue).analyse(bytes);
    }
}
