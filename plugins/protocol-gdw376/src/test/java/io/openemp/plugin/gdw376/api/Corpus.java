package io.openemp.plugin.gdw376.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Seed frames for fuzzing: the captured samples and frames built to reach the other layouts. */
final class Corpus {

    private Corpus() {
    }

    static List<byte[]> frames() {
        Gdw376Codec codec = new Gdw376Codec();
        List<byte[]> out = new ArrayList<>(Samples.all().values());
        Address address = Address.of("3301", 517, 3);
        TimeTag tp = TimeTag.of(9, ZonedDateTime.of(2024, 3, 10, 12, 0, 0, 0, ZoneId.of("Asia/Shanghai")), 5);
        Catalogue catalogue = Catalogue.standard();
        ControlField response = new ControlField(Direction.UP, false, false, false, ControlField.RESPONSE);
        ControlField withEvents = new ControlField(Direction.UP, false, true, false, ControlField.RESPONSE);

        out.add(codec.encode(Requests.realtime(address, 1, List.of(1, 2, 9), List.of(25, 33, 34, 129), tp)));
        out.add(codec.encode(Requests.events(address, 2, false, 10, 14, null)));
        out.add(codec.encode(Requests.transparentForward(address, 3, 1, SerialSettings.DLT645, Duration.ofMillis(800),
                Duration.ofMillis(50), java.util.HexFormat.of().parseHex("fefe687856341200006811043333343395 16".replace(" ", "")),
                null, tp)));
        out.add(codec.encode(Replies.confirmEach(((DecodeResult.Decoded) codec.decode(Samples.get("login"))).frame(), Map.of())));

        BcdTime time = BcdTime.of(DataFormat.A15, LocalDateTime.of(2024, 3, 10, 11, 45));
        FnData f129 = FnData.of(catalogue.find(0x0C, 129, Direction.UP), Map.of("readingTime", time,
                "forwardActive", List.of(new BigDecimal("123.4567"), new BigDecimal("100"), new BigDecimal("23.4567"))));
        FnData f2 = FnData.of(catalogue.find(0x0C, 2, Direction.UP), Map.of("clock",
                BcdTime.of(DataFormat.A1, LocalDateTime.of(2024, 3, 10, 11, 46, 7))));
        out.add(codec.encode(new Frame(2, withEvents, address, 0x0C, Seq.single(4, true, false), List.of(
                new DataUnit(DataUnitId.of(List.of(1), List.of(129)), List.of(new DataItem(1, 129, f129))),
                new DataUnit(DataUnitId.of(0, 2), List.of(new DataItem(0, 2, f2)))), null,
                new AuxInfo(null, new EventCounters(1, 2), tp))));

        FnData events = FnData.of(catalogue.find(0x0E, 1, Direction.UP), Map.of("ec1", 7L, "ec2", 3L, "start", 5L, "end", 7L,
                "records", List.of(Map.of("erc", 14L, "data", new byte[10]), Map.of("erc", 1L, "data", new byte[14]))));
        out.add(codec.encode(new Frame(2, response, address, 0x0E, Seq.single(5, false, false), List.of(
                new DataUnit(DataUnitId.of(0, 1), List.of(new DataItem(0, 1, events)))), null, AuxInfo.NONE)));

        FnData forwardReply = FnData.of(catalogue.find(0x10, 1, Direction.UP), Map.of("port", 1L,
                "content", java.util.HexFormat.of().parseHex("68785634120000689108333334334567333351 16".replace(" ", ""))));
        out.add(codec.encode(new Frame(2, response, address, 0x10, Seq.single(3, false, false), List.of(
                new DataUnit(DataUnitId.of(0, 1), List.of(new DataItem(0, 1, forwardReply)))), null, AuxInfo.NONE)));

        Map<String, Object> meter = Map.of("number", 1L, "pn", 1L, "portAndRate", 0x62L, "protocol", 30L,
                "address", "000012345678", "password", new byte[6], "tariffs", 4L, "digits", 0x09L,
                "collector", "000000000000", "userClass", 0x51L);
        FnData f10 = FnData.of(catalogue.find(0x0A, 10, Direction.UP), Map.of("devices", List.of(meter, meter, meter)));
        FnData f1 = FnData.of(catalogue.find(0x0A, 1, Direction.UP), Map.of("rts", 0L, "masterDelay", 1L,
                "timeoutAndRetries", 0x301EL, "confirmFlags", 1L, "heartbeat", 5L));
        FnData f3 = FnData.of(catalogue.find(0x0A, 3, Direction.UP), Map.of("primaryIp", "10.1.2.3", "primaryPort", 9001L,
                "backupIp", "10.1.2.4", "backupPort", 9002L, "apn", "CMNET"));
        out.add(codec.encode(new Frame(2, response, address, 0x0A, Seq.single(6, false, false), List.of(
                new DataUnit(DataUnitId.of(0, 10), List.of(new DataItem(0, 10, f10))),
                new DataUnit(DataUnitId.of(List.of(0), List.of(1, 3)), List.of(new DataItem(0, 1, f1), new DataItem(0, 3, f3)))),
                null, AuxInfo.NONE)));

        FnData version = FnData.of(catalogue.find(0x09, 1, Direction.UP), Map.of("vendor", "ABCD", "deviceNumber", "12345678",
                "softwareVersion", "V1.0", "softwareDate", BcdTime.ofDate(LocalDate.of(2023, 5, 6)), "capacityCode", "CAP00000001",
                "protocolVersion", "2013", "hardwareVersion", "H1.0", "hardwareDate", BcdTime.ofDate(LocalDate.of(2022, 1, 2))));
        out.add(codec.encode(new Frame(2, response, address, 0x09, Seq.single(7, false, false), List.of(
                new DataUnit(DataUnitId.of(0, 1), List.of(new DataItem(0, 1, version)))), null, AuxInfo.NONE)));

        FnData params = FnData.of(catalogue.find(0x04, 3, Direction.DOWN), Map.of("primaryIp", "192.168.0.1", "primaryPort", 7001L,
                "backupIp", "0.0.0.0", "backupPort", 0L, "apn", ""));
        out.add(codec.encode(Requests.request(0x04, address, 8, List.of(new DataUnit(DataUnitId.of(0, 3),
                List.of(new DataItem(0, 3, params)))), new byte[16], tp)));
        return out;
    }
}
