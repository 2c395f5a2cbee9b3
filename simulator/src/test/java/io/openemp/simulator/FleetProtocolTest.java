package io.openemp.simulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.FnData;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Requests;

/** Login, heartbeat and AFN 0C reads against a master station on a real socket. */
public class FleetProtocolTest {

    static final Instant T0 = LocalDateTime.of(2024, 3, 10, 11, 45).toInstant(ZoneOffset.UTC);

    TestMaster master;
    MutableClock clock;
    TerminalFleet fleet;

    @Before
    public void start() throws Exception {
        master = new TestMaster();
        clock = new MutableClock(T0);
        fleet = new TerminalFleet(FleetOptions.builder().master("127.0.0.1", master.port()).terminals(3)
                .firstTerminal(2082).meters(4).seed(7).heartbeat(Duration.ofMillis(150)).clock(clock).build()).start();
        assertTrue("all three log in", fleet.awaitLoggedIn(3, Duration.ofSeconds(10)));
    }

    @After
    public void stop() {
        fleet.close();
        master.close();
    }

    @Test
    public void terminalsLogInAndHeartbeat() throws Exception {
        assertEquals(3, fleet.count(Counter.LOGINS_CONFIRMED));
        assertEquals(3, master.logins.get());
        assertTrue("the master knows terminals 2082..2084", master.terminals.keySet().containsAll(List.of(2082, 2083, 2084)));
        assertTrue("heartbeats confirmed", TestMaster.eventually(() -> fleet.count(Counter.HEARTBEATS_CONFIRMED) >= 6,
                Duration.ofSeconds(5)));
        Frame beat = master.await(f -> f.afn() == 0x02 && f.item(0, 3).isPresent(), Duration.ofSeconds(1));
        assertNotNull("a heartbeat (AFN 02 F3) reached the master", beat);
        assertEquals(0x0171, beat.address().areaCode());
        assertEquals(0xC9, beat.control().value());
        assertEquals(0, fleet.count(Counter.HEARTBEATS_MISSED));
    }

    @Test
    public void aRealtimeReadIsAnsweredWithTheMetersValues() throws Exception {
        clock.set(T0.plusSeconds(37));
        Address terminal = new Address(0x0171, 2083, false, 1);
        Frame reply = master.response(2083, 0x0C, () -> master.send(2083,
                Requests.realtime(terminal, 5, List.of(1, 3), List.of(25, 33, 129), null)), Duration.ofSeconds(5));
        assertNotNull("an AFN 0C answer", reply);
        assertEquals(0x88, reply.control().value());
        assertEquals(5, reply.seq().number());
        assertEquals("the asking master's MSA comes back", 1, reply.address().msa());
        LocalDateTime minute = LocalDateTime.of(2024, 3, 10, 11, 45);
        for (int pn : new int[] {1, 3}) {
            Registers expected = fleet.registers(2083, pn, minute);
            FnData f129 = reply.item(pn, 129).orElseThrow().data();
            assertEquals(expected.activeTotal().setScale(4), f129.decimal("forwardActive.total").orElseThrow());
            assertEquals(expected.forwardActive().get(4).setScale(4), f129.decimal("forwardActive.rate4").orElseThrow());
            assertEquals(minute, f129.time("readingTime").orElseThrow().toLocalDateTime());
            FnData f33 = reply.item(pn, 33).orElseThrow().data();
            assertEquals(expected.activeTotal().setScale(4), f33.decimal("forwardActive.total").orElseThrow());
            assertEquals(expected.forwardReactive().get(0), f33.decimal("forwardReactive.total").orElseThrow());
            PowerSample power = fleet.power(2083, pn, minute);
            FnData f25 = reply.item(pn, 25).orElseThrow().data();
            assertEquals(power.activePower().get(0), f25.decimal("activePower").orElseThrow());
            assertEquals(power.voltage().get(0), f25.decimal("voltageA").orElseThrow());
            assertEquals(power.current().get(2), f25.decimal("currentC").orElseThrow());
            assertTrue("a household's voltage", f25.decimal("voltageA").orElseThrow().compareTo(new BigDecimal("220")) > 0);
        }
        assertTrue("p2 was not asked for", reply.item(2, 129).isEmpty());
        assertEquals(1, fleet.count(Counter.READS_0C));
    }

    @Test
    public void aPointWithoutAMeterIsDenied() throws Exception {
        Address terminal = new Address(0x0171, 2082, false, 1);
        Frame reply = master.response(2082, 0x00, () -> master.send(2082,
                Requests.realtime(terminal, 9, List.of(9), List.of(129), null)), Duration.ofSeconds(5));
        assertNotNull("a denial", reply);
        assertTrue("AFN 00 F2", reply.item(0, 2).isPresent());
        assertEquals(1, fleet.count(Counter.DENIALS));
    }
}
