package io.openemp.plugin.gdw376.internal;

import static io.openemp.plugin.gdw376.api.DataFormat.A1;
import static io.openemp.plugin.gdw376.api.DataFormat.A11;
import static io.openemp.plugin.gdw376.api.DataFormat.A12;
import static io.openemp.plugin.gdw376.api.DataFormat.A14;
import static io.openemp.plugin.gdw376.api.DataFormat.A15;
import static io.openemp.plugin.gdw376.api.DataFormat.A20;
import static io.openemp.plugin.gdw376.api.DataFormat.A21;
import static io.openemp.plugin.gdw376.api.DataFormat.A25;
import static io.openemp.plugin.gdw376.api.DataFormat.A5;
import static io.openemp.plugin.gdw376.api.DataFormat.A7;
import static io.openemp.plugin.gdw376.api.DataFormat.A8;
import static io.openemp.plugin.gdw376.api.DataFormat.A9;
import static io.openemp.plugin.gdw376.api.DataFormat.ASCII;
import static io.openemp.plugin.gdw376.api.DataFormat.BYTES;
import static io.openemp.plugin.gdw376.api.DataFormat.COUNTER;
import static io.openemp.plugin.gdw376.api.DataFormat.DA;
import static io.openemp.plugin.gdw376.api.DataFormat.DT;
import static io.openemp.plugin.gdw376.api.DataFormat.IPV4;
import static io.openemp.plugin.gdw376.api.Direction.DOWN;
import static io.openemp.plugin.gdw376.api.Direction.UP;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.openemp.plugin.gdw376.api.BitRange;
import io.openemp.plugin.gdw376.api.Count;
import io.openemp.plugin.gdw376.api.DataFormat;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.FieldSpec;
import io.openemp.plugin.gdw376.api.FnLayout;

/**
 * The layouts of the standard (Q/GDW 1376.1-2013) that this module implements: data tables written from the
 * standard's Fn tables. {@link #VERIFIED} marks the layouts the captured sample frames decode through exactly;
 * the others are written from the standard and not yet checked against a capture.
 */
public final class StandardCatalogue {

    /** Source note of layouts the captured samples decode through exactly. */
    public static final String VERIFIED = "Q/GDW 1376.1-2013; the captured sample frames decode through it exactly";
    /** Source note of layouts written from the standard alone. */
    public static final String STANDARD = "Q/GDW 1376.1-2013; not yet checked against a capture";
    /** Source note of the generated "no data this way" layouts. */
    public static final String NO_DATA = "Q/GDW 1376.1-2013: this Fn carries no data in this direction";

    private static final String KW = "kW";
    private static final String KVAR = "kvar";
    private static final String KVA = "kVA";
    private static final String KWH = "kWh";
    private static final String KVARH = "kvarh";
    private static final String YUAN = "CNY";

    private StandardCatalogue() {
    }

    /** Every layout. */
    public static List<FnLayout> layouts() {
        List<FnLayout> out = new ArrayList<>();
        confirmDeny(out);
        linkTest(out);
        reset(out);
        parameters(out);
        terminalConfig(out);
        realTime(out);
        history(out);
        events(out);
        forwarding(out);
        return out;
    }

    // ------------------------------------------------------------------ AFN 00

    private static void confirmDeny(List<FnLayout> out) {
        for (Direction d : Direction.values()) {
            out.add(layout(0x00, 1, d, "all confirmed", "全部确认", VERIFIED));
            out.add(layout(0x00, 2, d, "all denied", "全部否认", STANDARD));
            out.add(layout(0x00, 3, d, "confirm or deny each data unit", "按数据单元标识确认和否认", VERIFIED,
                    FieldSpec.bin("confirmedAfn", "AFN being confirmed", 1, ""),
                    new FieldSpec.Repeat("results", "result of each data unit", Count.toEnd(), false,
                            new FieldSpec.Group("result", "data unit and its result", List.of(
                                    FieldSpec.of("da", "information points DA", DA, ""),
                                    FieldSpec.of("dt", "information classes DT", DT, ""),
                                    new FieldSpec.Bits("error", "result", 1, List.of(BitRange.codes("result",
                                            "result", 0, 8, Map.of(0, "confirmed (correct)", 1, "denied (error)")))))))));
        }
    }

    // ------------------------------------------------------------------ AFN 01, 02

    private static void reset(List<FnLayout> out) {
        out.add(layout(0x01, 1, DOWN, "hardware initialisation", "硬件初始化", STANDARD));
        out.add(layout(0x01, 2, DOWN, "data area initialisation", "数据区初始化", STANDARD));
        out.add(layout(0x01, 3, DOWN, "parameter and full data area initialisation", "参数及全体数据区初始化", STANDARD));
        out.add(layout(0x01, 4, DOWN, "parameter (except master communication) and data area initialisation",
                "参数（除与系统主站通信有关的）及全体数据区初始化", STANDARD));
    }

    private static void linkTest(List<FnLayout> out) {
        out.add(layout(0x02, 1, UP, "login", "登录", VERIFIED));
        out.add(layout(0x02, 2, UP, "logout", "退出登录", VERIFIED));
        out.add(layout(0x02, 3, UP, "heartbeat", "心跳", VERIFIED));
    }

    // ------------------------------------------------------------------ AFN 04, 0A

    private static final Map<Integer, String> RATES = codes("default", "600 bit/s", "1200 bit/s", "2400 bit/s",
            "4800 bit/s", "7200 bit/s", "9600 bit/s", "19200 bit/s");
    private static final Map<Integer, String> NO_YES = codes("no", "yes");

    private static void parameters(List<FnLayout> out) {
        FieldSpec[] f1 = {
            FieldSpec.bin("rts", "modem delay RTS (x 20 ms)", 1, "x 20 ms"),
            FieldSpec.bin("masterDelay", "delay allowed when the terminal initiates", 1, "min"),
            new FieldSpec.Bits("timeoutAndRetries", "response timeout and retries", 2, List.of(
                    BitRange.number("timeout", "time to wait for the answer", 0, 12, "s"),
                    BitRange.number("retries", "resends", 12, 2, ""))),
            new FieldSpec.Bits("confirmFlags", "reports the master station must confirm (CON = 1)", 1, List.of(
                    BitRange.codes("class1", "class 1 data reports", 0, 1, NO_YES),
                    BitRange.codes("class2", "class 2 data reports", 1, 1, NO_YES),
                    BitRange.codes("class3", "class 3 data (event) reports", 2, 1, NO_YES))),
            FieldSpec.bin("heartbeat", "heartbeat period", 1, "min")};
        FieldSpec[] f3 = {
            FieldSpec.of("primaryIp", "primary master station IP address", IPV4, ""),
            FieldSpec.bin("primaryPort", "primary master station port", 2, ""),
            FieldSpec.of("backupIp", "backup IP address or gateway", IPV4, ""),
            FieldSpec.bin("backupPort", "backup port", 2, ""),
            new FieldSpec.Scalar("apn", "access point name APN", ASCII, 16, "")};
        FieldSpec meter = new FieldSpec.Group("device", "one device's configuration", List.of(
                FieldSpec.bin("number", "device number (1..2040)", 2, ""),
                FieldSpec.bin("pn", "measuring point it belongs to", 2, ""),
                new FieldSpec.Bits("portAndRate", "communication rate and port", 1, List.of(
                        BitRange.number("port", "port number", 0, 5, ""),
                        BitRange.codes("rate", "communication rate", 5, 3, RATES))),
                new FieldSpec.Bits("protocol", "communication protocol", 1, List.of(BitRange.codes("protocol",
                        "protocol", 0, 8, Map.of(0, "none", 1, "DL/T 645-1997", 2, "AC sampling",
                                30, "DL/T 645-2007", 31, "narrow-band PLC interface")))),
                FieldSpec.of("address", "communication address", A12, ""),
                new FieldSpec.Scalar("password", "communication password", BYTES, 6, ""),
                new FieldSpec.Bits("tariffs", "number of tariffs", 1, List.of(
                        BitRange.number("count", "number of tariffs", 0, 6, ""))),
                new FieldSpec.Bits("digits", "digits of the active energy reading", 1, List.of(
                        BitRange.codes("decimals", "decimal digits", 0, 2, codes("1", "2", "3", "4")),
                        BitRange.codes("integers", "integer digits", 2, 2, codes("4", "5", "6", "7")))),
                FieldSpec.of("collector", "collector address", A12, ""),
                new FieldSpec.Bits("userClass", "user class", 1, List.of(
                        BitRange.number("minor", "minor class", 0, 4, ""),
                        BitRange.number("major", "major class", 4, 4, "")))));
        FieldSpec[] f10 = {
            FieldSpec.bin("count", "number of devices", 2, ""),
            new FieldSpec.Repeat("devices", "device configurations", Count.field("count", 0), false, meter)};
        out.add(layout(0x04, 1, DOWN, "terminal uplink communication port parameters", "终端上行通信口通信参数设置", STANDARD, f1));
        out.add(layout(0x0A, 1, UP, "terminal uplink communication port parameters", "终端上行通信口通信参数设置", STANDARD, f1));
        out.add(layout(0x04, 3, DOWN, "master station IP addresses and ports", "主站IP地址和端口", STANDARD, f3));
        out.add(layout(0x0A, 3, UP, "master station IP addresses and ports", "主站IP地址和端口", STANDARD, f3));
        out.add(layout(0x04, 10, DOWN, "meter and AC sampling device configuration", "终端电能表/交流采样装置配置参数", STANDARD, f10));
        out.add(layout(0x0A, 10, UP, "meter and AC sampling device configuration", "终端电能表/交流采样装置配置参数", STANDARD, f10));
        out.add(layout(0x0A, 10, DOWN, "meter and AC sampling device configuration", "终端电能表/交流采样装置配置参数", STANDARD,
                FieldSpec.bin("count", "number of devices asked for", 2, ""),
                new FieldSpec.Repeat("numbers", "device numbers asked for", Count.field("count", 0), false,
                        FieldSpec.bin("number", "device number", 2, ""))));
        noDataDown(out, 0x0A);
    }

    // ------------------------------------------------------------------ AFN 09

    private static void terminalConfig(List<FnLayout> out) {
        out.add(layout(0x09, 1, UP, "terminal version information", "终端版本信息", STANDARD,
                new FieldSpec.Scalar("vendor", "vendor code", ASCII, 4, ""),
                new FieldSpec.Scalar("deviceNumber", "device number", ASCII, 8, ""),
                new FieldSpec.Scalar("softwareVersion", "software version", ASCII, 4, ""),
                FieldSpec.of("softwareDate", "software release date", A20, ""),
                new FieldSpec.Scalar("capacityCode", "configuration capacity code", ASCII, 11, ""),
                new FieldSpec.Scalar("protocolVersion", "communication protocol version", ASCII, 4, ""),
                new FieldSpec.Scalar("hardwareVersion", "hardware version", ASCII, 4, ""),
                FieldSpec.of("hardwareDate", "hardware release date", A20, "")));
        noDataDown(out, 0x09);
    }

    // ------------------------------------------------------------------ AFN 0C

    private static void realTime(List<FnLayout> out) {
        out.add(layout(0x0C, 2, UP, "terminal calendar clock", "终端日历时钟", STANDARD,
                FieldSpec.of("clock", "terminal clock", A1, "")));
        out.add(layout(0x0C, 25, UP, "current power, power factor, voltage, current and apparent power",
                "当前三相及总有/无功功率、功率因数，三相电压、电流、零序电流、视在功率", VERIFIED,
                readingTime(),
                FieldSpec.of("activePower", "total active power", A9, KW),
                FieldSpec.of("activePowerA", "phase A active power", A9, KW),
                FieldSpec.of("activePowerB", "phase B active power", A9, KW),
                FieldSpec.of("activePowerC", "phase C active power", A9, KW),
                FieldSpec.of("reactivePower", "total reactive power", A9, KVAR),
                FieldSpec.of("reactivePowerA", "phase A reactive power", A9, KVAR),
                FieldSpec.of("reactivePowerB", "phase B reactive power", A9, KVAR),
                FieldSpec.of("reactivePowerC", "phase C reactive power", A9, KVAR),
                FieldSpec.of("powerFactor", "total power factor", A5, "%"),
                FieldSpec.of("powerFactorA", "phase A power factor", A5, "%"),
                FieldSpec.of("powerFactorB", "phase B power factor", A5, "%"),
                FieldSpec.of("powerFactorC", "phase C power factor", A5, "%"),
                FieldSpec.of("voltageA", "phase A voltage", A7, "V"),
                FieldSpec.of("voltageB", "phase B voltage", A7, "V"),
                FieldSpec.of("voltageC", "phase C voltage", A7, "V"),
                FieldSpec.of("currentA", "phase A current", A25, "A"),
                FieldSpec.of("currentB", "phase B current", A25, "A"),
                FieldSpec.of("currentC", "phase C current", A25, "A"),
                FieldSpec.of("currentN", "zero-sequence current", A25, "A"),
                FieldSpec.of("apparentPower", "total apparent power", A9, KVA),
                FieldSpec.of("apparentPowerA", "phase A apparent power", A9, KVA),
                FieldSpec.of("apparentPowerB", "phase B apparent power", A9, KVA),
                FieldSpec.of("apparentPowerC", "phase C apparent power", A9, KVA)));
        out.add(layout(0x0C, 33, UP, "current forward active, reactive and quadrant I/IV reactive energy readings",
                "当前正向有/无功电能示值、一/四象限无功电能示值（总、费率1～M）", VERIFIED, forward().toArray(FieldSpec[]::new)));
        out.add(layout(0x0C, 34, UP, "current reverse active, reactive and quadrant II/III reactive energy readings",
                "当前反向有/无功电能示值、二/三象限无功电能示值（总、费率1～M）", VERIFIED, reverse().toArray(FieldSpec[]::new)));
        String[][] readings = {
            {"129", "current forward active energy reading", "当前正向有功电能示值（总、费率1～M）", "forwardActive", "A14"},
            {"130", "current forward reactive (combined reactive 1) energy reading", "当前正向无功（组合无功1）电能示值（总、费率1～M）", "forwardReactive", "A11"},
            {"131", "current reverse active energy reading", "当前反向有功电能示值（总、费率1～M）", "reverseActive", "A14"},
            {"132", "current reverse reactive (combined reactive 2) energy reading", "当前反向无功（组合无功2）电能示值（总、费率1～M）", "reverseReactive", "A11"},
            {"133", "current quadrant I reactive energy reading", "当前一象限无功电能示值（总、费率1～M）", "q1Reactive", "A11"},
            {"134", "current quadrant II reactive energy reading", "当前二象限无功电能示值（总、费率1～M）", "q2Reactive", "A11"},
            {"135", "current quadrant III reactive energy reading", "当前三象限无功电能示值（总、费率1～M）", "q3Reactive", "A11"},
            {"136", "current quadrant IV reactive energy reading", "当前四象限无功电能示值（总、费率1～M）", "q4Reactive", "A11"}};
        for (String[] r : readings) {
            DataFormat format = DataFormat.valueOf(r[4]);
            out.add(layout(0x0C, Integer.parseInt(r[0]), UP, r[1], r[2], r[0].equals("129") ? VERIFIED : STANDARD,
                    readingTime(), tariffCount(),
                    FieldSpec.tariffs(r[3], r[1], "tariffCount", format, format == A14 ? KWH : KVARH)));
        }
        out.add(layout(0x0C, 167, UP, "meter purchase and use of electricity", "电能表购、用电信息",
                "Q/GDW 1376.1-2013; the captured reply carries 5 bytes more than this layout", readingTime(),
                FieldSpec.of("purchases", "number of purchases", A8, ""),
                FieldSpec.of("balance", "remaining money", A14, YUAN),
                FieldSpec.of("purchasedMoney", "money purchased in all", A14, YUAN),
                FieldSpec.of("remainingEnergy", "remaining energy", A11, KWH),
                FieldSpec.of("overdraftEnergy", "overdraft energy", A11, KWH),
                FieldSpec.of("purchasedEnergy", "energy purchased in all", A11, KWH),
                FieldSpec.of("creditLimit", "credit limit energy", A11, KWH),
                FieldSpec.of("alarmEnergy", "alarm energy", A11, KWH),
                FieldSpec.of("faultEnergy", "fault energy", A11, KWH)));
        out.add(layout(0x0C, 168, UP, "meter settlement information", "电能表结算信息",
                "Q/GDW 1376.1-2013; the captured reply has its tariff count absent (EE), so only the time decodes",
                readingTime(), tariffCount(),
                FieldSpec.tariffs("settledActive", "settled active energy", "tariffCount", A14, KWH),
                FieldSpec.tariffs("unsettledActive", "unsettled active energy", "tariffCount", A14, KWH)));
        noDataDown(out, 0x0C);
    }

    private static FieldSpec readingTime() {
        return FieldSpec.of("readingTime", "terminal reading time", A15, "");
    }

    private static FieldSpec tariffCount() {
        return FieldSpec.bin("tariffCount", "number of tariffs M", 1, "");
    }

    private static List<FieldSpec> forward() {
        return List.of(readingTime(), tariffCount(),
                FieldSpec.tariffs("forwardActive", "forward active energy", "tariffCount", A14, KWH),
                FieldSpec.tariffs("forwardReactive", "forward reactive (combined reactive 1) energy", "tariffCount", A11, KVARH),
                FieldSpec.tariffs("q1Reactive", "quadrant I reactive energy", "tariffCount", A11, KVARH),
                FieldSpec.tariffs("q4Reactive", "quadrant IV reactive energy", "tariffCount", A11, KVARH));
    }

    private static List<FieldSpec> reverse() {
        return List.of(readingTime(), tariffCount(),
                FieldSpec.tariffs("reverseActive", "reverse active energy", "tariffCount", A14, KWH),
                FieldSpec.tariffs("reverseReactive", "reverse reactive (combined reactive 2) energy", "tariffCount", A11, KVARH),
                FieldSpec.tariffs("q2Reactive", "quadrant II reactive energy", "tariffCount", A11, KVARH),
                FieldSpec.tariffs("q3Reactive", "quadrant III reactive energy", "tariffCount", A11, KVARH));
    }

    // ------------------------------------------------------------------ AFN 0D

    private static void history(List<FnLayout> out) {
        FieldSpec day = FieldSpec.of("frozenDay", "day frozen (Td_d)", A20, "");
        FieldSpec month = FieldSpec.of("frozenMonth", "month frozen (Td_m)", A21, "");
        frozen(out, 1, day, forward(), "daily frozen forward active, reactive and quadrant I/IV reactive energy readings",
                "日冻结正向有/无功电能示值、一/四象限无功电能示值（总、费率1～M）", VERIFIED);
        frozen(out, 2, day, reverse(), "daily frozen reverse active, reactive and quadrant II/III reactive energy readings",
                "日冻结反向有/无功电能示值、二/三象限无功电能示值（总、费率1～M）", VERIFIED);
        frozen(out, 17, month, forward(), "monthly frozen forward active, reactive and quadrant I/IV reactive energy readings",
                "月冻结正向有/无功电能示值、一/四象限无功电能示值（总、费率1～M）", VERIFIED);
        frozen(out, 18, month, reverse(), "monthly frozen reverse active, reactive and quadrant II/III reactive energy readings",
                "月冻结反向有/无功电能示值、二/三象限无功电能示值（总、费率1～M）", VERIFIED);
        String[][] single = {
            {"forwardActive", "forward active energy reading", "正向有功电能示值", "A14"},
            {"forwardReactive", "forward reactive (combined reactive 1) energy reading", "正向无功（组合无功1）电能示值", "A11"},
            {"reverseActive", "reverse active energy reading", "反向有功电能示值", "A14"},
            {"reverseReactive", "reverse reactive (combined reactive 2) energy reading", "反向无功（组合无功2）电能示值", "A11"}};
        for (int i = 0; i < single.length; i++) {
            DataFormat format = DataFormat.valueOf(single[i][3]);
            List<FieldSpec> fields = List.of(readingTime(), tariffCount(),
                    FieldSpec.tariffs(single[i][0], single[i][1], "tariffCount", format, format == A14 ? KWH : KVARH));
            frozen(out, 161 + i, day, fields, "daily frozen " + single[i][1], "日冻结" + single[i][2] + "（总、费率1～M）", STANDARD);
            frozen(out, 177 + i, month, fields, "monthly frozen " + single[i][1], "月冻结" + single[i][2] + "（总、费率1～M）", STANDARD);
        }
    }

    private static void frozen(List<FnLayout> out, int fn, FieldSpec td, List<FieldSpec> data, String name,
            String chinese, String source) {
        out.add(layout(0x0D, fn, DOWN, name, chinese, source, td));
        List<FieldSpec> up = new ArrayList<>();
        up.add(td);
        up.addAll(data);
        out.add(layout(0x0D, fn, UP, name, chinese, source, up.toArray(FieldSpec[]::new)));
    }

    // ------------------------------------------------------------------ AFN 0E

    /** Event record codes ERC1 .. ERC41. */
    public static final Map<Integer, String> ERC = ercs();

    private static void events(List<FnLayout> out) {
        FieldSpec record = new FieldSpec.Group("record", "event record", List.of(
                new FieldSpec.Bits("erc", "event code ERC", 1, List.of(BitRange.codes("erc", "event", 0, 8, ERC))),
                FieldSpec.bin("length", "length of the event data Le", 1, "bytes"),
                new FieldSpec.Bytes("data", "event data", "length")));
        String[][] kinds = {{"1", "important events", "请求重要事件"}, {"2", "normal events", "请求一般事件"}};
        for (String[] k : kinds) {
            int fn = Integer.parseInt(k[0]);
            out.add(layout(0x0E, fn, DOWN, k[1], k[2], STANDARD,
                    new FieldSpec.Scalar("start", "first event pointer Pm", COUNTER, 1, ""),
                    new FieldSpec.Scalar("end", "end event pointer Pn", COUNTER, 1, "")));
            out.add(layout(0x0E, fn, UP, k[1], k[2], STANDARD,
                    new FieldSpec.Scalar("ec1", "current important event counter EC1", COUNTER, 1, ""),
                    new FieldSpec.Scalar("ec2", "current normal event counter EC2", COUNTER, 1, ""),
                    new FieldSpec.Scalar("start", "first event pointer Pm of this frame", COUNTER, 1, ""),
                    new FieldSpec.Scalar("end", "end event pointer Pn of this frame", COUNTER, 1, ""),
                    new FieldSpec.Repeat("records", "event records", Count.pointers("start", "end"), false, record)));
        }
    }

    // ------------------------------------------------------------------ AFN 10

    private static void forwarding(List<FnLayout> out) {
        out.add(layout(0x10, 1, DOWN, "transparent forwarding", "透明转发", STANDARD,
                FieldSpec.bin("port", "terminal communication port", 1, ""),
                new FieldSpec.Bits("control", "transparent forwarding control word", 1, List.of(
                        BitRange.codes("dataBits", "data bits", 0, 2, codes("5", "6", "7", "8")),
                        BitRange.codes("parityKind", "parity kind", 2, 1, codes("even", "odd")),
                        BitRange.codes("parity", "parity", 3, 1, codes("none", "on")),
                        BitRange.codes("stopBits", "stop bits", 4, 1, codes("1", "2")),
                        BitRange.codes("baud", "baud rate", 5, 3, codes("300", "600", "1200", "2400", "4800",
                                "7200", "9600", "19200")))),
                new FieldSpec.Bits("frameTimeout", "time to wait for the answer frame", 1, List.of(
                        BitRange.number("value", "value", 0, 7, ""),
                        BitRange.codes("unit", "unit", 7, 1, codes("10 ms", "1 s")))),
                FieldSpec.bin("byteTimeout", "time to wait between bytes (x 10 ms)", 1, "x 10 ms"),
                FieldSpec.bin("length", "forwarded content length k", 2, "bytes"),
                new FieldSpec.Bytes("content", "forwarded frame (e.g. DL/T 645)", "length")));
        out.add(layout(0x10, 1, UP, "transparent forwarding", "透明转发", STANDARD,
                FieldSpec.bin("port", "terminal communication port", 1, ""),
                FieldSpec.bin("length", "forwarded content length k", 2, "bytes"),
                new FieldSpec.Bytes("content", "answer received (e.g. DL/T 645)", "length")));
    }

    // ------------------------------------------------------------------ helpers

    /** A generated no-data DOWN layout for every Fn of {@code afn} that has none yet, named after its UP layout. */
    private static void noDataDown(List<FnLayout> out, int afn) {
        Map<Integer, FnLayout> up = new LinkedHashMap<>();
        boolean[] down = new boolean[249];
        for (FnLayout l : out) {
            if (l.afn() == afn) {
                if (l.direction() == UP) {
                    up.put(l.fn(), l);
                } else {
                    down[l.fn()] = true;
                }
            }
        }
        for (int fn = 1; fn <= 248; fn++) {
            if (!down[fn]) {
                FnLayout named = up.get(fn);
                out.add(new FnLayout(afn, fn, DOWN, named == null ? "" : named.name(),
                        named == null ? "" : named.chinese(), List.of(), NO_DATA));
            }
        }
    }

    private static FnLayout layout(int afn, int fn, Direction direction, String name, String chinese, String source,
            FieldSpec... fields) {
        return new FnLayout(afn, fn, direction, name, chinese, List.of(fields), source);
    }

    private static Map<Integer, String> codes(String... meanings) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0; i < meanings.length; i++) {
            out.put(i, meanings[i]);
        }
        return out;
    }

    private static Map<Integer, String> ercs() {
        String[] names = {
            "data initialisation and version change 数据初始化和版本变更",
            "parameters lost 参数丢失",
            "parameters changed 参数变更",
            "state input change 状态量变位",
            "remote control trip 遥控跳闸",
            "power control trip 功控跳闸",
            "energy control trip 电控跳闸",
            "meter parameters changed 电能表参数变更",
            "current circuit abnormal 电流回路异常",
            "voltage circuit abnormal 电压回路异常",
            "phase sequence abnormal 相序异常",
            "meter clock out of tolerance 电能表时间超差",
            "meter fault 电表故障信息",
            "terminal power off / on 终端停/上电",
            "harmonics over limit 谐波越限",
            "DC analogue over limit 直流模拟量越限",
            "voltage / current unbalance over limit 电压/电流不平衡度越限",
            "capacitor switching locked 电容器投切自锁",
            "purchase parameters set 购电参数设置",
            "message authentication error 消息认证错误",
            "terminal fault 终端故障",
            "active energy differential over limit 有功总电能量差动越限",
            "energy control alarm 电控告警",
            "voltage over limit 电压越限",
            "current over limit 电流越限",
            "apparent power over limit 视在功率越限",
            "meter reading went down 电能表示度下降",
            "energy out of tolerance 电能量超差",
            "meter running away 电能表飞走",
            "meter stopped 电能表停走",
            "RS-485 meter reading failed 终端485抄表失败",
            "monthly traffic over threshold 终端与主站通信流量超门限",
            "meter status word changed 电能表运行状态字变位",
            "CT abnormal CT异常",
            "unknown meter found 发现未知电表",
            "control output switch state change 控制输出回路开关接入状态量变位",
            "meter cover opened 电能表开表盖",
            "meter terminal cover opened 电能表开端钮盒",
            "re-reading failed 补抄失败",
            "magnetic field abnormal 磁场异常",
            "clock set 对时"};
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            out.put(i + 1, "ERC" + (i + 1) + " " + names[i]);
        }
        return Map.copyOf(out);
    }
}
