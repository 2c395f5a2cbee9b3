package io.openemp.plugin.gdw376.api;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.junit.Test;

/** The data inside the captured replies and queries, field by field, worked out by hand from their bytes. */
public class SampleValuesTest {

    private final Gdw376Codec codec = new Gdw376Codec();

    private Frame frame(String name) {
        return ((DecodeResult.Decoded) codec.decode(Samples.get(name))).frame();
    }

    private FnData data(String name) {
        return frame(name).items().get(0).data();
    }

    @Test
    public void theHeaderOfATerminalReply() {
        Frame f = frame("rafn12f25");
        assertEquals(0x88, f.control().value());
        assertFalse(f.control().prm());
        assertEquals(ControlField.RESPONSE, f.control().function());
        assertEquals(new Address(0x0171, 2082, false, 1), f.address());
        assertEquals("0171", f.address().areaText());
        assertEquals(new Seq(true, false, true, false, 11), f.seq());
        TimeTag tp = f.aux().tp();
        assertEquals(11, tp.pfc());
        assertEquals(28, tp.day());
        assertEquals(16, tp.hour());
        assertEquals(49, tp.minute());
        assertEquals(13, tp.second());
        assertEquals(0, tp.delayMinutes());
    }

    @Test
    public void f25CarriesPowerFactorVoltageAndCurrent() {
        FnData d = data("rafn12f25");
        assertEquals(BodyStatus.COMPLETE, d.status());
        assertEquals(LocalDateTime.of(2018, 8, 28, 16, 47), d.time("readingTime").get().toLocalDateTime());
        assertEquals(new BigDecimal("0.0000"), d.decimal("activePower").get());
        assertEquals(ValueStatus.ABSENT, d.field("activePowerB").get().status());
        assertEquals(new BigDecimal("100.0"), d.decimal("powerFactor").get());
        assertEquals(new BigDecimal("242.7"), d.decimal("voltageA").get());
        assertEquals("V", ((FieldSpec.Scalar) d.field("voltageA").get().spec()).unit());
        assertEquals(new BigDecimal("0.000"), d.decimal("currentA").get());
        assertEquals(ValueStatus.ABSENT, d.field("apparentPower").get().status());
        assertEquals(24, d.fields().size());
        assertEquals(67, d.length());
    }

    @Test
    public void f33AndF129CarryTheForwardActiveEnergyOfFourTariffs() {
        for (String name : new String[] {"rafn12f33", "rafn12f129"}) {
            FnData d = data(name);
            assertEquals(name, BodyStatus.COMPLETE, d.status());
            assertEquals(name, 4L, (long) d.integer("tariffCount").get());
            FieldValue energy = d.field("forwardActive").get();
            assertEquals(name, 5, energy.children().size());
            assertEquals(name, new BigDecimal("0.0100"), d.decimal("forwardActive.total").get());
            assertEquals(name, ValueStatus.ABSENT, d.find("forwardActive.rate4").get().status());
        }
        FnData f33 = data("rafn12f33");
        assertEquals(ValueStatus.ABSENT, f33.find("q4Reactive.total").get().status());
        assertEquals(91, f33.length());
    }

    @Test
    public void f34CarriesAPartlyEmptyReverseTotal() {
        FnData d = data("rafn12f34");
        assertEquals(BodyStatus.COMPLETE, d.status());
        FieldValue total = d.find("reverseActive.total").get();
        assertEquals("00 ee ee ee ee: neither a value nor all EE", ValueStatus.INVALID, total.status());
        assertEquals("00 ee ee ee ee", Hex.format(total.raw()));
    }

    @Test
    public void historyRepliesBeginWithTheirFreezingTime() {
        FnData day = data("rafn13f1");
        assertEquals(LocalDate.of(2018, 8, 27), day.time("frozenDay").get().toLocalDate());
        assertEquals(LocalDateTime.of(2018, 8, 27, 23, 59), day.time("readingTime").get().toLocalDateTime());
        assertEquals(new BigDecimal("0.0100"), day.decimal("forwardActive.total").get());
        FnData month = data("rafn13f17");
        assertEquals(YearMonth.of(2018, 7), month.time("frozenMonth").get().toYearMonth());
        assertEquals(LocalDateTime.of(2018, 7, 31, 23, 59), month.time("readingTime").get().toLocalDateTime());
        FnData reverse = data("rafn13f2");
        assertEquals(LocalDate.of(2018, 8, 27), reverse.time("frozenDay").get().toLocalDate());
        assertEquals(BodyStatus.COMPLETE, reverse.status());
    }

    @Test
    public void historyQueriesCarryOnlyTheirFreezingTime() {
        assertEquals(LocalDate.of(2018, 8, 27), data("qafn13f1").time("frozenDay").get().toLocalDate());
        assertEquals(LocalDate.of(2018, 8, 27), data("qafn13f2").time("frozenDay").get().toLocalDate());
        assertEquals(YearMonth.of(2018, 7), data("qafn13f17").time("frozenMonth").get().toYearMonth());
        assertEquals(YearMonth.of(2018, 7), data("qafn13f18").time("frozenMonth").get().toYearMonth());
        assertTrue("a real-time query carries no data", data("qafn12f25").fields().isEmpty());
    }

    @Test
    public void f167CarriesFiveBytesMoreThanItsLayout() {
        DecodeResult.Decoded decoded = (DecodeResult.Decoded) codec.decode(Samples.get("rafn12f167"));
        FnData d = decoded.frame().items().get(0).data();
        assertEquals(BodyStatus.COMPLETE, d.status());
        assertEquals(41, d.length());
        assertEquals(LocalDateTime.of(2018, 8, 28, 16, 20), d.time("readingTime").get().toLocalDateTime());
        assertEquals(ValueStatus.ABSENT, d.field("purchases").get().status());
        assertArrayEquals(Hex.parse("ee ee ee ee ee"), decoded.frame().trailing());
        assertEquals(1, decoded.warnings().size());
    }

    @Test
    public void f168StopsAtItsAbsentTariffCount() {
        DecodeResult.Decoded decoded = (DecodeResult.Decoded) codec.decode(Samples.get("rafn12f168"));
        FnData d = decoded.frame().items().get(0).data();
        assertEquals(BodyStatus.PARTIAL, d.status());
        assertEquals(LocalDateTime.of(2018, 8, 28, 16, 23), d.time("readingTime").get().toLocalDateTime());
        assertEquals(ValueStatus.ABSENT, d.field("tariffCount").get().status());
        assertArrayEquals(Hex.parse("ee ee ee ee ee 55"), d.rest());
        assertTrue(d.note(), d.note().contains("tariffCount is absent"));
    }

    @Test
    public void theConfirmsOfTheSamples() {
        Frame separate = frame("separateConfirm");
        FnData d = separate.items().get(0).data();
        assertEquals(3, separate.items().get(0).fn());
        assertEquals(2L, (long) d.integer("confirmedAfn").get());
        assertEquals((long) DataUnitId.of(0, 1).dt(), (long) d.integer("results.1.dt").get());
        assertEquals(0L, (long) d.integer("results.1.error").get());
        assertEquals(new Address(0x4404, 1633, false, 0), separate.address());
        assertEquals("the raw DT is kept", 0x0003, separate.units().get(0).id().dt());

        Frame nonStandard = frame("nonStandardConfirm");
        assertEquals(0x10, nonStandard.control().value());
        assertTrue(nonStandard.control().fcv());
        assertArrayEquals(new byte[6], nonStandard.trailing());
    }

    @Test
    public void loginLogoutAndHeartbeatAskForConfirmation() {
        for (String name : new String[] {"login", "loginOut", "heartBeat"}) {
            Frame f = frame(name);
            assertEquals(name, 0xC9, f.control().value());
            assertTrue(name, f.control().prm());
            assertEquals(name, ControlField.LINK_TEST, f.control().function());
            assertTrue(name, f.seq().con());
            assertEquals(name, 0, f.address().msa());
        }
    }
}
