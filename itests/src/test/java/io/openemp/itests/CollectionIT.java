package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.simulator.FleetOptions;
import io.openemp.simulator.TerminalFleet;

/**
 * What a newcomer does: start the platform, install the master station by {@code plugins.install}, point simulated
 * Q/GDW 1376.1 terminals (with DL/T 645 meters behind them) at it, run a broadcast freeze and find each meter's
 * frozen register in {@code readings.query}, equal to what the simulated meter froze.
 */
public class CollectionIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "collection-it-" + UUID.randomUUID();
    private static final int TERMINALS = 3;
    private static final int METERS = 4;
    private static final String DAILY = "energy.active.forward.daily";

    private Distribution platform;
    private TerminalFleet fleet;

    @After
    public void close() {
        if (fleet != null) {
            fleet.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    private JsonNode ok(String method, String params) throws Exception {
        JsonNode answer = platform.call(USER, PASSWORD, method, params);
        assertTrue(method + ": " + answer, answer.has("result"));
        return answer.get("result");
    }

    @Test
    public void simulatedTerminalsLogInAndABroadcastFreezeLandsInTheReadingStore() throws Exception {
        platform = Distribution.unpack("collection-it");
        int port = Distribution.freePort();
        Files.writeString(platform.home.resolve("etc/io.openemp.collection.cfg"),
                "host = 127.0.0.1\nport = " + port + "\nzone = UTC\nheartbeatTimeoutSeconds = 300\n");
        platform.start(Map.of("OPENEMP_ADMIN_PASSWORD", PASSWORD));
        platform.awaitHttp(USER, PASSWORD);

        JsonNode installed = platform.awaitMethod(USER, PASSWORD, "plugins.install", "{\"name\":\"openemp-plugin-collection\"}");
        assertEquals(installed.toString(), "installed", installed.at("/result/outcome").asText());
        assertTrue(installed.toString(), installed.at("/result/components").toString().contains("collection"));

        ok("metering.orgUnit.create", "{\"orgUnit\":{\"mrid\":\"SIM\",\"name\":\"Simulated\",\"kind\":\"PROVINCE\",\"zone\":\"UTC\"}}");
        for (int t = 1; t <= TERMINALS; t++) {
            for (int p = 1; p <= METERS; p++) {
                // the station's naming rule for point Pn of terminal AREA-TERMINAL
                ok("metering.meter.create", "{\"meter\":{\"mrid\":\"" + meter(t, p) + "\",\"serialNumber\":\""
                        + TerminalFleet.meterAddress("0171", t, p) + "\",\"orgUnit\":\"SIM\"}}");
            }
        }

        fleet = new TerminalFleet(FleetOptions.builder().master("127.0.0.1", port).terminals(TERMINALS).firstTerminal(1)
                .areaCode("0171").meters(METERS).zone(ZoneOffset.UTC).seed(7).build()).start();
        assertTrue("every terminal logged in", fleet.awaitLoggedIn(TERMINALS, Duration.ofSeconds(60)));
        JsonNode terminals = ok("collection.terminals", null);
        assertEquals(terminals.toString(), TERMINALS, terminals.size());
        terminals.forEach(t -> assertTrue(t.toString(), t.get("online").asBoolean()));

        ok("collection.task-create", "{\"task\":{\"id\":\"it-freeze\",\"mode\":\"FREEZE\",\"points\":[1,2,3,4],"
                + "\"items\":[{\"afn\":13,\"fn\":161,\"field\":\"forwardActive.total\",\"readingType\":\"" + DAILY + "\"}],"
                + "\"retries\":2,\"timeoutMillis\":3000,\"enabled\":true}}");
        JsonNode run = ok("collection.run", "{\"id\":\"it-freeze\"}");
        assertEquals(run.toString(), TERMINALS * METERS, run.get("collected").asInt());
        assertEquals(run.toString(), TERMINALS * METERS, run.get("stored").asInt());

        LocalDate today = fleet.now().toLocalDate();
        String from = today.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        String to = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        for (int t = 1; t <= TERMINALS; t++) {
            for (int p = 1; p <= METERS; p++) {
                JsonNode points = ok("readings.query", "{\"meter\":\"" + meter(t, p) + "\",\"readingType\":\"" + DAILY
                        + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"limit\":10}").get("points");
                assertEquals(meter(t, p) + ": " + points, 1, points.size());
                assertEquals(today.atStartOfDay(ZoneOffset.UTC).toInstant().toString(), points.at("/0/at").asText());
                BigDecimal frozen = fleet.dailyFrozen(t, p, today).orElseThrow().activeTotal();
                assertEquals(meter(t, p), 0, frozen.compareTo(new BigDecimal(points.at("/0/value").asText())));
            }
        }
        JsonNode stats = ok("collection.stats", null);
        assertTrue(stats.toString(), stats.get("framesDecoded").asLong() > 0);
        platform.stop();
    }

    private static String meter(int terminal, int point) {
        return "0171-" + terminal + "-" + point;
    }
}
