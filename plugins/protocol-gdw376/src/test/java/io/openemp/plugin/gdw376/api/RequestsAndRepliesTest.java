package io.openemp.plugin.gdw376.api;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** The frames a master station builds: they equal the captured ones where there is one to compare with. */
public class RequestsAndRepliesTest {

    private final Gdw376Codec codec = new Gdw376Codec();
    private final Address address = new Address(0x0171, 2082, false, 1);

    private Frame decode(byte[] bytes) {
        return ((DecodeResult.Decoded) codec.decode(bytes)).frame();
    }

    private TimeTag tpOf(String sample) {
        return decode(Samples.get(sample)).aux().tp();
    }

    @Test
    public void realTimeRequestsAreTheCapturedQueries() {
        int[][] cases = {{25, 0x0b}, {33, 0x0c}, {34, 0x0d}, {129, 0x02}, {167, 0x03}, {168, 0x04}};
        for (int[] c : cases) {
            String sample = "qafn12f" + c[0];
            Frame request = Requests.realtime(address, c[1], List.of(1), List.of(c[0]), tpOf(sample));
            assertEquals(sample, Hex.format(Samples.get(sample)), Hex.format(codec.encode(request)));
        }
    }

    @Test
    public void historyRequestsAreTheCapturedQueries() {
        assertEquals(Hex.format(Samples.get("qafn13f1")), Hex.format(codec.encode(Requests.history(address, 0x05,
                List.of(1), List.of(1), LocalDate.of(2018, 8, 27), null, tpOf("qafn13f1")))));
        assertEquals(Hex.format(Samples.get("qafn13f2")), Hex.format(codec.encode(Requests.history(address, 0x06,
                List.of(1), List.of(2), LocalDate.of(2018, 8, 27), null, tpOf("qafn13f2")))));
        assertEquals(Hex.format(Samples.get("qafn13f17")), Hex.format(codec.encode(Requests.history(address, 0x09,
                List.of(1), List.of(17), null, YearMonth.of(2018, 7), tpOf("qafn13f17")))));
        assertEquals(Hex.format(Samples.get("qafn13f18")), Hex.format(codec.encode(Requests.history(address, 0x0a,
                List.of(1), List.of(18), null, YearMonth.of(2018, 7), tpOf("qafn13f18")))));
        assertThrows("a day class needs the day", IllegalArgumentException.class,
                () -> Requests.history(address, 1, List.of(1), List.of(1), null, YearMonth.of(2018, 7), null));
        assertThrows("no request layout", IllegalArgumentException.class,
                () -> Requests.history(address, 1, List.of(1), List.of(100), LocalDate.of(2018, 8, 27), null, null));
    }

    @Test
    public void theLoginConfirmAnswersWithLinkStatusAndTheLoginsSequence() {
        Frame login = decode(Samples.get("login"));
        byte[] confirm = codec.encode(Replies.linkConfirm(login));
        // C 0B: down, PRM 0, link status; A as the login's (MSA 0); AFN 00; SEQ 68: FIR FIN, number 8; p0 F1.
        assertEquals("68 32 00 32 00 68 0b 71 01 22 08 00 00 68 00 00 01 00 10 16", Hex.format(confirm));
        Frame heartbeatConfirm = Replies.linkConfirm(decode(Samples.get("heartBeat")));
        assertEquals(9, heartbeatConfirm.seq().number());
        assertEquals(Direction.DOWN, heartbeatConfirm.direction());
        assertThrows(IllegalArgumentException.class, () -> Replies.linkConfirm(decode(Samples.get("rafn12f25"))));
    }

    @Test
    public void aPerUnitConfirmIsTheSeparateConfirmWrittenAsTheStandardSays() {
        Frame login = new Frame(Frame.PROTOCOL_2013, new ControlField(Direction.UP, true, false, false, ControlField.LINK_TEST),
                new Address(0x4404, 1633, false, 0), 0x02, Seq.single(10, false, true),
                List.of(DataUnit.withoutData(DataUnitId.of(0, 1), Catalogue.standard(), 0x02, Direction.UP)), null, AuxInfo.NONE);
        Frame reply = Replies.confirmEach(login, Map.of());
        byte[] bytes = codec.encode(reply);
        // The captured separateConfirm but with C 0B (link status) and DT 04 00 (F3) where the capture has 00 and 03 00.
        assertEquals("68 4a 00 4a 00 68 0b 04 44 61 06 00 00 6a 00 00 04 00 02 00 00 01 00 00", Hex.format(bytes, 0, 24));
        FnData data = decode(bytes).items().get(0).data();
        assertEquals(3, decode(bytes).items().get(0).fn());
        assertEquals(0L, (long) data.integer("results.1.error").get());
        Frame denied = Replies.confirmEach(login, Map.of(DataUnitId.of(0, 1), false));
        assertEquals(1L, (long) decode(codec.encode(denied)).items().get(0).data().integer("results.1.error").get());
    }

    @Test
    public void aTransparentForwardCarriesTheDlt645FrameBothWays() {
        byte[] dlt645 = Hex.parse("fe fe 68 78 56 34 12 00 00 68 11 04 33 33 34 33 c6 16");
        Frame request = Requests.transparentForward(address, 0x21, 2, SerialSettings.DLT645, Duration.ofSeconds(10),
                Duration.ofMillis(200), dlt645, null, null);
        byte[] bytes = codec.encode(request);
        assertEquals("C 4A: request level-1 data", 0x4A, bytes[6] & 0xFF);
        // port 02, control 6B (2400 baud, 1 stop bit, even parity, 8 bits), 8A (10 s), 14 (200 ms), length 18
        assertEquals("02 6b 8a 14 12 00", Hex.format(bytes, 18, 6));
        TransparentForward forward = TransparentForward.of(decode(bytes)).get();
        assertEquals(2, forward.port());
        assertEquals(SerialSettings.DLT645, forward.settings());
        assertEquals(Duration.ofSeconds(10), forward.frameTimeout());
        assertEquals(Duration.ofMillis(200), forward.byteTimeout());
        assertArrayEquals(dlt645, forward.content());
        assertArrayEquals("PW of zeros", new byte[16], decode(bytes).aux().pw());

        byte[] answer = Hex.parse("68 78 56 34 12 00 00 68 91 08 33 33 34 33 45 67 33 33 c2 16");
        FnLayout up = Catalogue.standard().find(0x10, 1, Direction.UP);
        Frame reply = new Frame(Frame.PROTOCOL_2013, new ControlField(Direction.UP, false, false, false, ControlField.RESPONSE),
                address, 0x10, Seq.single(1, false, false), List.of(new DataUnit(DataUnitId.of(0, 1), List.of(
                        new DataItem(0, 1, FnData.of(up, Map.of("port", 2L, "content", answer)))))), null, AuxInfo.NONE);
        TransparentForward back = TransparentForward.of(decode(codec.encode(reply))).get();
        assertArrayEquals(answer, back.content());
        assertNull(back.settings());
    }

    @Test
    public void anEventRequestAndItsReply() {
        Frame request = Requests.events(address, 4, true, 0, 2, null);
        FnData asked = decode(codec.encode(request)).items().get(0).data();
        assertEquals(2L, (long) asked.integer("end").get());

        FnLayout up = Catalogue.standard().find(0x0E, 1, Direction.UP);
        byte[] powerOff = Hex.parse("00 10 09 03 24 00 11 09 03 24"); // ERC14: off 09:10 3 March, on 09:11
        byte[] clockSet = Hex.parse("30 12 10 03 24 00 00 00 00 00 00");
        FnData data = FnData.of(up, Map.of("ec1", 5L, "ec2", 0L, "start", 254L, "end", 0L, "records", List.of(
                Map.of("erc", 14L, "data", powerOff), Map.of("erc", 41L, "data", clockSet))));
        Frame reply = new Frame(Frame.PROTOCOL_2013, new ControlField(Direction.UP, false, false, false, ControlField.RESPONSE),
                address, 0x0E, Seq.single(4, false, false), List.of(new DataUnit(DataUnitId.of(0, 1),
                        List.of(new DataItem(0, 1, data)))), null, AuxInfo.NONE);
        byte[] bytes = codec.encode(reply);
        FnData decoded = decode(bytes).items().get(0).data();
        assertEquals(BodyStatus.COMPLETE, decoded.status());
        FieldValue records = decoded.field("records").get();
        assertEquals("pointers 254 .. 0 wrap: 2 records", 2, records.children().size());
        assertEquals(14L, (long) decoded.integer("records.1.erc").get());
        assertEquals(10L, (long) decoded.integer("records.1.length").get());
        assertArrayEquals(clockSet, decoded.find("records.2.data").get().bytes().get());
        Analysis analysis = new FrameAnalyser(codec, java.time.Clock.systemUTC()).analyse(bytes);
        assertTrue(analysis.toString(), analysis.toString().contains("ERC14 terminal power off / on"));
    }

    @Test
    public void parameterFramesWithRepeatedGroups() {
        FnLayout set = Catalogue.standard().find(0x04, 10, Direction.DOWN);
        Map<String, Object> meter = Map.of("number", 1L, "pn", 1L, "portAndRate", 0x62L, "protocol", 30L,
                "address", "000012345678", "password", new byte[6], "tariffs", 4L, "digits", 0x09L,
                "collector", "000000000000", "userClass", 0x51L);
        FnData data = FnData.of(set, Map.of("devices", List.of(meter, meter)));
        Frame frame = Requests.request(0x04, address, 1, List.of(new DataUnit(DataUnitId.of(0, 10),
                List.of(new DataItem(0, 10, data)))), null, null);
        byte[] bytes = codec.encode(frame);
        FnData back = decode(bytes).items().get(0).data();
        assertEquals(2L, (long) back.integer("count").get());
        assertEquals("000012345678", back.find("devices.2.address").get().text().get());
        assertEquals(2 + 2 * 27, back.length());
        assertArrayEquals(bytes, codec.encode(decode(bytes)));

        FnLayout ip = Catalogue.standard().find(0x0A, 3, Direction.UP);
        FnData ips = FnData.of(ip, Map.of("primaryIp", "10.1.2.3", "primaryPort", 9001L, "backupIp", "10.1.2.4",
                "backupPort", 9002L, "apn", "CMNET"));
        Frame answer = new Frame(Frame.PROTOCOL_2013, new ControlField(Direction.UP, false, false, false, ControlField.RESPONSE),
                address, 0x0A, Seq.single(1, false, false), List.of(new DataUnit(DataUnitId.of(0, 3),
                        List.of(new DataItem(0, 3, ips)))), null, AuxInfo.NONE);
        FnData read = decode(codec.encode(answer)).items().get(0).data();
        assertEquals("10.1.2.3", read.find("primaryIp").get().text().get());
        assertEquals(9002L, (long) read.integer("backupPort").get());
        assertEquals("CMNET", read.find("apn").get().text().get());
    }

    @Test
    public void valuesAreCheckedWhenDataIsBuilt() {
        FnLayout f129 = Catalogue.standard().find(0x0C, 129, Direction.UP);
        assertThrows("a missing value", IllegalArgumentException.class, () -> FnData.of(f129, Map.of("tariffCount", 0L)));
        assertThrows("a count that contradicts the list", IllegalArgumentException.class, () -> FnData.of(f129, Map.of(
                "readingTime", BcdTime.ofDate(LocalDate.of(2024, 1, 1)), "tariffCount", 3L,
                "forwardActive", List.of(BigDecimal.ONE))));
        assertThrows("a value too precise for A.14", IllegalArgumentException.class, () -> FnData.of(f129, Map.of(
                "readingTime", BcdTime.of(DataFormat.A15, java.time.LocalDateTime.of(2024, 1, 1, 0, 0)),
                "forwardActive", List.of(new BigDecimal("1.00001")))));
    }
}
