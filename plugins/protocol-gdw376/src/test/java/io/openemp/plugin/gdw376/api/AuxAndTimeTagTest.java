package io.openemp.plugin.gdw376.api;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.Test;

/** PW, EC and Tp: when a frame carries them, and the Tp timeout check against a clock. */
public class AuxAndTimeTagTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Gdw376Codec codec = new Gdw376Codec();

    private static Clock at(String local) {
        return Clock.fixed(ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI).toInstant(), SHANGHAI);
    }

    private static TimeTag sent(String local, int delay) {
        return TimeTag.of(5, ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI), delay);
    }

    @Test
    public void aTimeTagWithinItsDelayIsAccepted() {
        TpCheck check = sent("2024-03-10T12:00:00", 5).check(at("2024-03-10T12:04:59"));
        assertEquals(TpCheck.Status.IN_WINDOW, check.status());
        assertEquals(Duration.ofSeconds(299), check.age());
        assertTrue(check.accept());
        assertEquals(TpCheck.Status.IN_WINDOW, sent("2024-03-10T12:00:00", 5).check(at("2024-03-10T12:05:00")).status());
    }

    @Test
    public void aTimeTagOlderThanItsDelayExpires() {
        TpCheck check = sent("2024-03-10T12:00:00", 5).check(at("2024-03-10T12:05:01"));
        assertEquals(TpCheck.Status.EXPIRED, check.status());
        assertFalse(check.accept());
        assertEquals(TpCheck.Status.EXPIRED, sent("2024-03-10T12:00:00", 1).check(at("2024-03-10T14:00:00")).status());
    }

    @Test
    public void aDelayOfZeroAsksForNoCheck() {
        TpCheck check = sent("2024-03-10T12:00:00", 0).check(at("2024-03-12T12:00:00"));
        assertEquals(TpCheck.Status.NOT_CHECKED, check.status());
        assertTrue(check.accept());
    }

    @Test
    public void aTimeFromTheFutureCountsAsWithin() {
        TpCheck check = sent("2024-03-10T12:03:00", 2).check(at("2024-03-10T12:00:00"));
        assertEquals(TpCheck.Status.IN_WINDOW, check.status());
        assertEquals(Duration.ofMinutes(-3), check.age());
    }

    @Test
    public void theDayIsPlacedInTheNearestMonth() {
        // Sent on the 31st of January, checked on the 1st of February: 2 minutes, not a month.
        TpCheck check = sent("2024-01-31T23:59:00", 5).check(at("2024-02-01T00:01:00"));
        assertEquals(TpCheck.Status.IN_WINDOW, check.status());
        assertEquals(Duration.ofMinutes(2), check.age());
        // Sent on the 1st, checked on the 31st of the month before (a clock behind): in the future, next month.
        TpCheck ahead = sent("2024-02-01T00:01:00", 5).check(at("2024-01-31T23:59:00"));
        assertEquals(Duration.ofMinutes(-2), ahead.age());
    }

    @Test
    public void anInvalidSendTimeIsReportedNotThrown() {
        TimeTag tag = new TimeTag(1, Hex.parse("61 00 00 01"), 5);
        assertFalse(tag.validTime());
        assertEquals(TpCheck.Status.INVALID_TIME, tag.check(at("2024-03-10T12:00:00")).status());
    }

    @Test
    public void theSampleQueriesAreCheckedAgainstTheTimeTheyWereSent() {
        Frame query = ((DecodeResult.Decoded) codec.decode(Samples.get("qafn12f25"))).frame();
        TimeTag tp = query.aux().tp();
        assertEquals(TpCheck.Status.NOT_CHECKED, tp.check(at("2018-08-28T16:50:00")).status());
        TimeTag strict = new TimeTag(tp.pfc(), tp.sendTime(), 1);
        assertEquals(TpCheck.Status.IN_WINDOW, strict.check(at("2018-08-28T16:50:00")).status());
        assertEquals(TpCheck.Status.EXPIRED, strict.check(at("2018-08-28T16:51:00")).status());
        assertEquals(ZonedDateTime.of(2018, 8, 28, 16, 49, 13, 0, SHANGHAI), strict.check(at("2018-08-28T16:50:00")).sentAt());
    }

    @Test
    public void aDownwardForwardCarriesPwAndAnUpwardFrameWithAcdCarriesEc() {
        Address address = Address.of("0171", 2082, 1);
        byte[] pw = new byte[16];
        pw[0] = 0x11;
        pw[15] = 0x22;
        TimeTag tp = sent("2024-03-10T12:00:00", 3);
        Frame forward = Requests.transparentForward(address, 7, 2, SerialSettings.DLT645, Duration.ofSeconds(5),
                Duration.ofMillis(500), Hex.parse("68 01 00 00 00 00 00 68 11 04 33 33 34 33 b3 16"), pw, tp);
        byte[] bytes = codec.encode(forward);
        Frame decoded = ((DecodeResult.Decoded) codec.decode(bytes)).frame();
        assertArrayEquals(pw, decoded.aux().pw());
        assertEquals(tp, decoded.aux().tp());
        assertNull(decoded.aux().ec());

        Frame reply = new Frame(Frame.PROTOCOL_2013, new ControlField(Direction.UP, false, true, false, ControlField.RESPONSE),
                address, 0x0C, Seq.single(7, false, false), List.of(DataUnit.withoutData(DataUnitId.of(0, 2),
                        Catalogue.of(List.of()), 0x0C, Direction.UP)), null, new AuxInfo(null, new EventCounters(3, 9), null));
        Frame again = ((DecodeResult.Decoded) codec.decode(codec.encode(reply))).frame();
        assertTrue(again.control().acd());
        assertEquals(new EventCounters(3, 9), again.aux().ec());
    }

    @Test
    public void aFrameWhoseAuxDisagreesWithItsHeaderIsNotWritten() {
        Address address = Address.of("0171", 2082, 1);
        Frame noPw = new Frame(Frame.PROTOCOL_2013, ControlField.masterRequest(ControlField.REQUEST_LEVEL1), address, 0x04,
                Seq.single(1, false, false), List.of(), null, AuxInfo.NONE);
        assertThrows(IllegalArgumentException.class, () -> codec.encode(noPw));
        Frame tpWithoutTpv = new Frame(Frame.PROTOCOL_2013, ControlField.masterRequest(ControlField.REQUEST_LEVEL2), address,
                0x0C, Seq.single(1, false, false), List.of(), null, new AuxInfo(null, null, sent("2024-03-10T12:00:00", 3)));
        assertThrows(IllegalArgumentException.class, () -> codec.encode(tpWithoutTpv));
    }

    @Test
    public void aHeaderAnnouncingMoreAuxThanTheFrameHoldsIsRejected() {
        // AFN 04 downward announces 16 bytes of PW, TpV 6 more; the user data holds only 4 bytes after SEQ.
        byte[] bytes = Frames.withEnvelope(Hex.parse("4a 71 01 22 08 02 04 e1 00 00 01 00"));
        DecodeResult result = codec.decode(bytes);
        assertEquals(RejectReason.AUX_OVERRUN, ((DecodeResult.Rejected) result).rejection().reason());
        assertEquals(14, ((DecodeResult.Rejected) result).rejection().offset());
    }
}
