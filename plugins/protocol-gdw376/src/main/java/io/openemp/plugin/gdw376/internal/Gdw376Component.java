package io.openemp.plugin.gdw376.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.Analysis;
import io.openemp.plugin.gdw376.api.CodecOptions;
import io.openemp.plugin.gdw376.api.CodecStats;
import io.openemp.plugin.gdw376.api.DecodeResult;
import io.openemp.plugin.gdw376.api.DecodeStatistics;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.EncodedFrame;
import io.openemp.plugin.gdw376.api.FnLayout;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.FrameAnalyser;
import io.openemp.plugin.gdw376.api.Gdw376Codec;
import io.openemp.plugin.gdw376.api.Gdw376Service;
import io.openemp.plugin.gdw376.api.Hex;
import io.openemp.plugin.gdw376.api.LayoutInfo;
import io.openemp.plugin.gdw376.api.Replies;
import io.openemp.plugin.gdw376.api.Requests;
import io.openemp.plugin.gdw376.api.TimeTag;

/**
 * The {@code gdw376} RPC component and the {@link Gdw376Service}: the frame analyser ({@code gdw376.decode}),
 * a few frames a master station sends ({@code gdw376.encode}), the shared codec's rejection counts
 * ({@code gdw376.stats}) and the Fn layouts it knows ({@code gdw376.layouts}). Configured by PID
 * {@value #PID}; a new configuration keeps the statistics.
 */
@Component(service = {RpcComponent.class, Gdw376Service.class}, configurationPid = Gdw376Component.PID)
@Designate(ocd = Gdw376Config.class)
public class Gdw376Component implements RpcComponent, Gdw376Service {

    /** The configuration PID. */
    public static final String PID = "io.openemp.plugin.gdw376";

    /** Longest hex text {@code gdw376.decode} takes (a frame of the largest size, written with separators). */
    static final int MAX_HEX_CHARS = 3 * CodecOptions.MAX_POSSIBLE + 1024;

    private record Settings(Gdw376Codec codec, ZoneId zone) {
    }

    private final DecodeStatistics statistics = new DecodeStatistics();
    private volatile Settings settings = new Settings(new Gdw376Codec(CodecOptions.defaults(), statistics),
            ZoneId.of("Asia/Shanghai"));

    @Activate
    void activate(Gdw376Config config) {
        configure(config);
    }

    @Modified
    void modified(Gdw376Config config) {
        configure(config);
    }

    private void configure(Gdw376Config config) {
        CodecOptions options = CodecOptions.defaults().withMaxFrameLength(config.maxFrameLength()).withStrict(config.strict());
        settings = new Settings(new Gdw376Codec(options, statistics), ZoneId.of(config.zone()));
    }

    @Override
    public String id() {
        return "gdw376";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Q/GDW 1376.1 frame analyser and codec (master station to data-collection terminal)";
    }

    @Override
    public Gdw376Codec codec() {
        return settings.codec();
    }

    @Override
    public FrameAnalyser analyser() {
        Settings current = settings;
        return new FrameAnalyser(current.codec(), Clock.system(current.zone()));
    }

    @RpcMethod(name = "decode", roles = Roles.VIEWER,
            description = "Takes a Q/GDW 1376.1 frame apart: every field with its offset, meaning, value and unit, or the rejection with its reason and byte offset")
    public Analysis decode(
            @Param(value = "hex", description = "The frame in hex; spaces, line breaks, commas and 0x prefixes are ignored") String hex,
            @Param(value = "now", required = false, description = "The instant to check the time tag Tp against; the current time when left out") Instant now)
            throws RpcException {
        Settings current = settings;
        byte[] bytes = bytes(hex);
        Clock clock = now == null ? Clock.system(current.zone()) : Clock.fixed(now, current.zone());
        return new FrameAnalyser(current.codec(), clock).analyse(bytes);
    }

    @RpcMethod(name = "encode", roles = Roles.VIEWER,
            description = "Builds a frame a master station sends: the confirm of a login, logout or heartbeat, or an AFN 0C (real-time) or 0D (history) request for points and classes")
    public EncodedFrame encode(
            @Param(value = "kind", description = "login-confirm (also heartbeat-confirm, logout-confirm: AFN 00 F1), realtime-request (AFN 0C) or history-request (AFN 0D)") String kind,
            @Param(value = "request", required = false, description = "For a confirm: the terminal's frame in hex, whose address and sequence number the answer takes") String request,
            @Param(value = "area", required = false, description = "Administrative division code A1, four digits such as 0171") String area,
            @Param(value = "terminal", required = false, description = "Terminal address A2, 1..65535") Integer terminal,
            @Param(value = "msa", required = false, description = "Master station address 1..127; 1 when left out") Integer msa,
            @Param(value = "pfc", required = false, description = "Frame counter 0..255 (PSEQ is its low four bits); 0 when left out") Integer pfc,
            @Param(value = "pns", required = false, description = "Information points, e.g. [1] or [1, 2]; 0 is the terminal itself") List<Integer> pns,
            @Param(value = "fns", required = false, description = "Information classes, e.g. [25] or [33, 34]") List<Integer> fns,
            @Param(value = "day", required = false, description = "For classes frozen by day: the day (Td_d)") LocalDate day,
            @Param(value = "month", required = false, description = "For classes frozen by month: the month (Td_m), yyyy-MM") String month,
            @Param(value = "tpDelay", required = false, description = "Adds a time tag Tp with this allowed delay in minutes (0: no check), sent now") Integer tpDelay,
            @Param(value = "now", required = false, description = "The send time of the time tag; the current time when left out") Instant now)
            throws RpcException {
        Settings current = settings;
        Frame frame;
        try {
            frame = switch (kind == null ? "" : kind) {
                case "login-confirm", "logout-confirm", "heartbeat-confirm", "link-confirm" -> linkConfirm(request);
                case "realtime-request", "history-request" -> {
                    Address address = address(area, terminal, msa);
                    int counter = pfc == null ? 0 : pfc;
                    TimeTag tp = tpDelay == null ? null : TimeTag.of(counter,
                            ZonedDateTime.ofInstant(now == null ? Instant.now() : now, current.zone()), tpDelay);
                    List<Integer> points = pns == null || pns.isEmpty() ? List.of(0) : pns;
                    if (fns == null || fns.isEmpty()) {
                        throw RpcException.invalidParams("fns", "at least one class is required");
                    }
                    yield kind.equals("realtime-request")
                            ? Requests.realtime(address, counter, points, fns, tp)
                            : Requests.history(address, counter, points, fns, day, month(month), tp);
                }
                default -> throw RpcException.invalidParams("kind",
                        "one of login-confirm, logout-confirm, heartbeat-confirm, realtime-request, history-request; not " + kind);
            };
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new RpcException(RpcException.INVALID_PARAMS, "Invalid params: " + e.getMessage(),
                    java.util.Map.of("reason", String.valueOf(e.getMessage())));
        }
        byte[] bytes = current.codec().encode(frame);
        // Analysed with a codec of its own: frames built here do not count as received.
        Gdw376Codec quiet = new Gdw376Codec(current.codec().options());
        Clock clock = now == null ? Clock.system(current.zone()) : Clock.fixed(now, current.zone());
        return new EncodedFrame(Hex.compact(bytes), new FrameAnalyser(quiet, clock).analyse(bytes));
    }

    @RpcMethod(name = "stats", roles = Roles.VIEWER,
            description = "Frames the shared codec decoded, rejections by reason, bytes skipped while resynchronising, and the last rejections")
    public CodecStats stats() {
        return CodecStats.of(statistics);
    }

    @RpcMethod(name = "layouts", roles = Roles.VIEWER,
            description = "The Fn data layouts the codec knows (fields, formats of appendix A, units), optionally of one AFN")
    public List<LayoutInfo> layouts(
            @Param(value = "afn", required = false, description = "Only this AFN, in hex (\"0C\")") String afn) throws RpcException {
        Integer only = null;
        if (afn != null) {
            try {
                only = Integer.parseInt(afn, 16);
            } catch (NumberFormatException e) {
                throw RpcException.invalidParams("afn", "an AFN in hex such as \"0C\", not " + afn);
            }
        }
        List<LayoutInfo> out = new ArrayList<>();
        for (FnLayout layout : settings.codec().options().catalogue().layouts()) {
            if ((only == null || layout.afn() == only) && !StandardCatalogue.NO_DATA.equals(layout.source())) {
                out.add(LayoutInfo.of(layout));
            }
        }
        return out;
    }

    private Frame linkConfirm(String request) throws RpcException {
        if (request == null) {
            throw RpcException.invalidParams("request", "a confirm answers a frame: give the terminal's login, logout or heartbeat in hex");
        }
        DecodeResult result = new Gdw376Codec(settings.codec().options()).decode(bytes(request, "request"));
        if (!(result instanceof DecodeResult.Decoded decoded)) {
            throw RpcException.invalidParams("request", "not a frame: " + ((DecodeResult.Rejected) result).rejection());
        }
        Frame frame = decoded.frame();
        if (frame.afn() != 0x02 || frame.direction() != Direction.UP) {
            throw RpcException.invalidParams("request", "not a terminal's login, logout or heartbeat (AFN 02, upward)");
        }
        return Replies.linkConfirm(frame);
    }

    private static YearMonth month(String month) throws RpcException {
        if (month == null) {
            return null;
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeException e) {
            throw RpcException.invalidParams("month", "a month as yyyy-MM, not " + month);
        }
    }

    private static Address address(String area, Integer terminal, Integer msa) throws RpcException {
        if (area == null) {
            throw RpcException.invalidParams("area", "the division code A1 is required, e.g. \"0171\"");
        }
        if (terminal == null || terminal < 1 || terminal > 0xFFFF) {
            throw RpcException.invalidParams("terminal", "a terminal address 1..65535 is required");
        }
        if (msa != null && (msa < 1 || msa > 127)) {
            throw RpcException.invalidParams("msa", "a master station address 1..127");
        }
        try {
            return Address.of(area, terminal, msa == null ? 1 : msa);
        } catch (IllegalArgumentException e) {
            throw RpcException.invalidParams("area", e.getMessage());
        }
    }

    private static byte[] bytes(String hex) throws RpcException {
        return bytes(hex, "hex");
    }

    private static byte[] bytes(String hex, String param) throws RpcException {
        if (hex == null || hex.isBlank()) {
            throw RpcException.invalidParams(param, "a frame in hex is required");
        }
        if (hex.length() > MAX_HEX_CHARS) {
            throw RpcException.invalidParams(param, "longer than the largest frame");
        }
        try {
            return Hex.parse(hex);
        } catch (IllegalArgumentException e) {
            throw RpcException.invalidParams(param, e.getMessage());
        }
    }
}
