package io.openemp.simulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.openemp.plugin.dlt645.api.AbnormalReply;
import io.openemp.plugin.dlt645.api.DataCatalogue;
import io.openemp.plugin.dlt645.api.DataId;
import io.openemp.plugin.dlt645.api.DecodeResult;
import io.openemp.plugin.dlt645.api.Dlt645Codec;
import io.openemp.plugin.dlt645.api.Dlt645Frame;
import io.openemp.plugin.dlt645.api.Dlt645Requests;
import io.openemp.plugin.dlt645.api.ErrorBit;
import io.openemp.plugin.dlt645.api.FieldValue;
import io.openemp.plugin.dlt645.api.FreezeTime;
import io.openemp.plugin.dlt645.api.MeterAddress;
import io.openemp.plugin.dlt645.api.ReadReply;
import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.FnData;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Requests;
import io.openemp.plugin.gdw376.api.SerialSettings;
import io.openemp.plugin.gdw376.api.TransparentForward;

/** AFN 10 F1 transparent forwarding of DL/T 645 reads, broadcast freeze, and the frozen reads after it. */
public class ForwardAndFreezeTest {

    static final LocalDateTime T0 = LocalDateTime.of(2024, 3, 10, 11, 45);
    static final Address TERMINAL = new Address(0x0171, 5, false, 1);

    final Dlt645Codec dlt645 = new Dlt645Codec();
    TestMaster master;
    MutableClock clock;
    TerminalFleet fleet;
    int pfc;

    @Before
    public void start() throws Exception {
        master = new TestMaster();
        clock = new MutableClock(T0.toInstant(ZoneOffset.UTC));
        fleet = new TerminalFleet(FleetOptions.builder().master("127.0.0.1", master.port()).firstTerminal(5).meters(3)
                .seed(11).clock(clock).build()).start();
        assertTrue(fleet.awaitLoggedIn(1, Duration.ofSeconds(10)));
    }

    @After
    public void stop() {
        fleet.close();
        master.close();
    }

    /** The DL/T 645 answer to {@code request}, through AFN 10 F1; null when the terminal returned nothing. */
    Dlt645Frame forward(Dlt645Frame request) throws InterruptedException {
        byte[] content = dlt645.encode(request, 4);
        Frame reply = master.response(5, 0x10, () -> master.send(5, Requests.transparentForward(TERMINAL, ++pfc, 1,
                SerialSettings.DLT645, Duration.ofSeconds(2), Duration.ofMillis(100), content, null, null)),
                Duration.ofSeconds(5));
        assertNotNull("an AFN 10 answer", reply);
        byte[] answer = TransparentForward.of(reply).orElseThrow().content();
        if (answer.length == 0) {
            return null;
        }
        DecodeResult result = dlt645.decode(answer);
        assertTrue("the meter's reply decodes: " + result, result.isFrame());
        return result.frame();
    }

    List<FieldValue> read(int pn, String dataId) throws InterruptedException {
        MeterAddress meter = MeterAddress.parse(fleet.meterAddress(5, pn));
        Dlt645Frame reply = forward(Dlt645Requests.read(meter, DataId.parse(dataId)));
        assertTrue("a read reply to " + dataId + ": " + reply, reply instanceof ReadReply);
        ReadReply read = (ReadReply) reply;
        assertEquals(meter, read.address());
        return DataCatalogue.standard().decode(read.dataId(), read.value()).values();
    }

    @Test
    public void meterAddressesFollowTheTerminal() {
        assertEquals("017100005002", fleet.meterAddress(5, 2));
        assertEquals("017100005002", TerminalFleet.meterAddress("0171", 5, 2));
    }

    @Test
    public void aForwardedReadReturnsTheMetersRegisters() throws Exception {
        clock.set(T0.plusSeconds(20).toInstant(ZoneOffset.UTC));
        Registers now = fleet.registers(5, 2, T0.plusSeconds(20));
        assertEquals(now.activeTotal(), read(2, "00010000").get(0).number());
        List<FieldValue> block = read(2, "0001FF00");
        assertEquals(5, block.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(now.forwardActive().get(i), block.get(i).number());
        }
        PowerSample power = fleet.power(5, 2, T0);
        assertEquals(power.voltage().get(0), read(2, "02010100").get(0).number());
        assertEquals(power.activePower().get(0), read(2, "02030000").get(0).number());

        // the 645 register at a minute boundary is what AFN 0C F129 reports for that minute
        clock.set(T0.plusMinutes(1).toInstant(ZoneOffset.UTC));
        BigDecimal live = read(2, "00010000").get(0).number();
        Frame f129 = master.response(5, 0x0C, () -> master.send(5, Requests.realtime(TERMINAL, ++pfc, List.of(2),
                List.of(129), null)), Duration.ofSeconds(5));
        assertEquals(live.setScale(4), f129.item(2, 129).orElseThrow().data().decimal("forwardActive.total").orElseThrow());
        assertTrue(fleet.count(Counter.METER_REPLIES) >= 5);
    }

    @Test
    public void unknownItemsAndMetersGetNoData() throws Exception {
        MeterAddress meter = MeterAddress.parse(fleet.meterAddress(5, 1));
        Dlt645Frame reply = forward(Dlt645Requests.read(meter, DataId.parse("00010001")));
        assertTrue("a settlement register the meter does not keep: " + reply, reply instanceof AbnormalReply);
        assertTrue(((AbnormalReply) reply).error().has(ErrorBit.NO_DATA));
        assertEquals("a meter that is not there answers nothing", null,
                forward(Dlt645Requests.read(MeterAddress.parse("017100005009"), DataId.parse("00010000"))));
    }

    @Test
    public void broadcastFreezeFixesTheFrozenValues() throws Exception {
        LocalDateTime frozenAt = T0.plusMinutes(3).plusSeconds(30);
        clock.set(frozenAt.toInstant(ZoneOffset.UTC));
        assertEquals("a broadcast has no answer", null, forward(Dlt645Requests.freeze(MeterAddress.BROADCAST, FreezeTime.instant())));
        assertEquals(3, fleet.count(Counter.FREEZES));
        Registers frozen = fleet.registers(5, 3, T0.plusMinutes(3));

        clock.set(T0.plusHours(2).toInstant(ZoneOffset.UTC));
        assertTrue("the registers moved on", fleet.registers(5, 3, T0.plusHours(2)).activeTotal().compareTo(frozen.activeTotal()) > 0);
        LocalDate today = T0.toLocalDate();
        Frame history = master.response(5, 0x0D, () -> master.send(5, Requests.history(TERMINAL, ++pfc, List.of(3),
                List.of(161, 1), today, null, null)), Duration.ofSeconds(5));
        assertNotNull("an AFN 0D answer", history);
        FnData f161 = history.item(3, 161).orElseThrow().data();
        assertEquals(frozen.activeTotal().setScale(4), f161.decimal("forwardActive.total").orElseThrow());
        assertEquals(T0.plusMinutes(3), f161.time("readingTime").orElseThrow().toLocalDateTime());
        assertEquals(today, f161.time("frozenDay").orElseThrow().toLocalDate());
        assertEquals(frozen.forwardReactive().get(0), history.item(3, 1).orElseThrow().data().decimal("forwardReactive.total").orElseThrow());

        assertEquals("645: the latest freeze", frozen.activeTotal(), read(3, "05060101").get(0).number());
        assertEquals("645: its time", T0.plusMinutes(3), read(3, "05060001").get(0).time());
        assertEquals("645: the one before is last midnight", fleet.registers(5, 3, today.atStartOfDay()).activeTotal(),
                read(3, "05060102").get(0).number());

        // a day without a commanded freeze: frozen at the midnight that ends it
        LocalDate yesterday = today.minusDays(1);
        Frame before = master.response(5, 0x0D, () -> master.send(5, Requests.history(TERMINAL, ++pfc, List.of(1),
                List.of(161), yesterday, null, null)), Duration.ofSeconds(5));
        assertEquals(fleet.registers(5, 1, today.atStartOfDay()).activeTotal().setScale(4),
                before.item(1, 161).orElseThrow().data().decimal("forwardActive.total").orElseThrow());
        assertEquals(fleet.dailyFrozen(5, 1, yesterday).orElseThrow(), fleet.registers(5, 1, today.atStartOfDay()));
    }

    @Test
    public void aFreezeAddressedToOneMeterIsConfirmedByIt() throws Exception {
        MeterAddress meter = MeterAddress.parse(fleet.meterAddress(5, 1));
        Dlt645Frame reply = forward(Dlt645Requests.freeze(meter, FreezeTime.instant()));
        assertTrue("a freeze reply: " + reply, reply instanceof io.openemp.plugin.dlt645.api.FreezeReply);
        assertEquals(1, fleet.count(Counter.FREEZES));
        assertEquals(T0, read(1, "05060001").get(0).time());
        Dlt645Frame periodic = forward(Dlt645Requests.freeze(meter, FreezeTime.daily(0, 0)));
        assertTrue("a periodic freeze time is not kept: " + periodic, periodic instanceof AbnormalReply);
        assertEquals(1, fleet.count(Counter.FREEZES));
    }

    @Test
    public void aDayNotYetFrozenIsDenied() throws Exception {
        Frame reply = master.response(5, 0x00, () -> master.send(5, Requests.history(TERMINAL, ++pfc, List.of(1),
                List.of(161), T0.toLocalDate(), null, null)), Duration.ofSeconds(5));
        assertNotNull(reply);
        assertTrue("AFN 00 F2", reply.item(0, 2).isPresent());
    }
}
