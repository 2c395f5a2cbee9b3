package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.testing.TestDatabases;

/**
 * A batch acknowledged by {@code readings.append} is durable: the distribution is killed with SIGKILL in the middle
 * of a sustained ingest over HTTP and started again; every acknowledged reading is there, exactly once and with its
 * value, and a batch that was in flight at the kill is either wholly there or wholly absent. On the default H2
 * file database and on PostgreSQL (the test cluster of scripts/test-postgres, configured in
 * etc/org.ops4j.datasource-emp.cfg the way README tells an operator to).
 */
public class DurabilityIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "durability-it-" + UUID.randomUUID();
    private static final String TYPE = "energy.active.forward";
    private static final int WRITERS = 2;
    private static final int METERS_PER_WRITER = 10;
    private static final int STAMPS_PER_BATCH = 50;
    private static final long SLOT_SECONDS = 900;
    private static final Instant BASE = Instant.parse("2026-01-01T00:15:00Z");

    private Distribution platform;

    /** Batches acknowledged so far by all writers, read while they run. */
    private final AtomicInteger batchesAcknowledged = new AtomicInteger();

    @After
    public void close() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    public void acknowledgedReadingsSurviveSigkillOnH2() throws Exception {
        platform = Distribution.unpack("durability-it-h2");
        killDuringIngestThenCheck();
    }

    @Test
    public void acknowledgedReadingsSurviveSigkillOnPostgresql() throws Exception {
        platform = Distribution.unpack("durability-it-pg");
        String base = TestDatabases.postgresBaseUrl();
        String name = "durability_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String url = base.replace("/postgres?user=postgres", "/" + name + "?reWriteBatchedInserts=true");
        platform.replace("etc/org.ops4j.datasource-emp.cfg", "osgi.jdbc.driver.name = H2 JDBC Driver",
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver");
        platform.replace("etc/org.ops4j.datasource-emp.cfg", "url = jdbc:h2:file:${karaf.data}/openemp/emp;WRITE_DELAY=0",
                "url = " + url);
        platform.replace("etc/org.ops4j.datasource-emp.cfg", "user = sa", "user = postgres");
        killDuringIngestThenCheck();
        try (Connection c = DriverManager.getConnection(base.replace("/postgres?", "/" + name + "?"));
                Statement s = c.createStatement()) {
            java.sql.ResultSet rows = s.executeQuery("SELECT count(*) FROM reading_bucket");
            rows.next();
            assertTrue("the readings went to PostgreSQL", rows.getLong(1) > 0);
        }
    }

    private void killDuringIngestThenCheck() throws Exception {
        Map<String, String> env = Map.of("OPENEMP_ADMIN_PASSWORD", PASSWORD);
        platform.start(env);
        platform.awaitHttp(USER, PASSWORD);
        JsonNode unit = platform.awaitMethod(USER, PASSWORD, "metering.orgUnit.create",
                "{\"orgUnit\":{\"mrid\":\"DUR\",\"name\":\"Durability\",\"kind\":\"PROVINCE\",\"zone\":\"UTC\"}}");
        assertEquals(unit.toString(), "DUR", unit.at("/result/mrid").asText());
        for (int m = 0; m < WRITERS * METERS_PER_WRITER; m++) {
            JsonNode meter = platform.call(USER, PASSWORD, "metering.meter.create",
                    "{\"meter\":{\"mrid\":\"" + meter(m) + "\",\"serialNumber\":\"" + m + "\",\"orgUnit\":\"DUR\"}}");
            assertEquals(meter.toString(), meter(m), meter.at("/result/mrid").asText());
        }
        platform.awaitMethod(USER, PASSWORD, "readings.latest", "{\"meters\":[\"" + meter(0) + "\"],\"readingType\":\"" + TYPE + "\"}");

        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Writer>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Writer writer = new Writer(w, killed);
            writers.add(pool.submit(() -> writer.run()));
        }
        // sustained ingest for a while, then SIGKILL in the middle of it
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        while (System.nanoTime() < until || batchesAcknowledged.get() < 20) {
            for (Future<Writer> f : writers) {
                if (f.isDone()) {
                    f.get(); // a writer that stopped while the platform ran failed: its assertion is the test's failure
                    throw new AssertionError("a writer stopped before the kill");
                }
            }
            Thread.sleep(100);
        }
        killed.set(true);
        platform.kill();
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));

        platform.start(env);
        platform.awaitHttp(USER, PASSWORD);
        platform.awaitMethod(USER, PASSWORD, "readings.latest", "{\"meters\":[\"" + meter(0) + "\"],\"readingType\":\"" + TYPE + "\"}");
        int total = 0;
        for (Future<Writer> f : writers) {
            Writer writer = f.get();
            assertTrue("writer " + writer.index + " had batches acknowledged", writer.acknowledged > 0);
            total += writer.check();
        }
        System.out.printf("durability: %d readings acknowledged before SIGKILL, all found once after restart%n", total);
        platform.stop();
    }

    private static String meter(int m) {
        return String.format("DUR-%03d", m);
    }

    /**
     * One client appending batches one after another: batch {@code k} holds {@value #STAMPS_PER_BATCH} consecutive
     * quarter hours of each of the writer's meters, with values derived from (batch, meter, stamp).
     */
    private final class Writer {
        final int index;
        final AtomicBoolean killed;
        int acknowledged;
        boolean inFlight;

        Writer(int index, AtomicBoolean killed) {
            this.index = index;
            this.killed = killed;
        }

        Writer run() throws Exception {
            for (int k = 0; !killed.get(); k++) {
                inFlight = true;
                HttpResponse<String> response;
                try {
                    response = platform.post(USER, PASSWORD, body(k));
                } catch (IOException cut) {
                    return this; // the kill cut the connection: batch k was not acknowledged
                }
                JsonNode answer = Distribution.JSON.readTree(response.body());
                if (response.statusCode() != 200 || !answer.has("result")) {
                    throw new AssertionError("batch " + k + " refused while the platform ran: " + response.body());
                }
                assertEquals(METERS_PER_WRITER * STAMPS_PER_BATCH, answer.at("/result/inserted").asInt());
                inFlight = false;
                acknowledged++;
                batchesAcknowledged.incrementAndGet();
            }
            return this;
        }

        private String body(int k) {
            StringBuilder b = new StringBuilder("{\"jsonrpc\":\"2.0\",\"id\":" + k + ",\"method\":\"readings.append\",\"params\":{\"readings\":[");
            for (int m = 0; m < METERS_PER_WRITER; m++) {
                for (int s = 0; s < STAMPS_PER_BATCH; s++) {
                    if (m + s > 0) {
                        b.append(',');
                    }
                    b.append("{\"meter\":\"").append(meter(meterOf(m))).append("\",\"readingType\":\"").append(TYPE)
                            .append("\",\"at\":\"").append(stamp(k, s)).append("\",\"value\":").append(value(k, m, s)).append('}');
                }
            }
            return b.append("]}}").toString();
        }

        int meterOf(int m) {
            return index * METERS_PER_WRITER + m;
        }

        Instant stamp(int k, int s) {
            return BASE.plusSeconds(SLOT_SECONDS * ((long) k * STAMPS_PER_BATCH + s));
        }

        BigDecimal value(int k, int m, int s) {
            return BigDecimal.valueOf(((long) k * 1000 + m * 50 + s), 3);
        }

        /** Every acknowledged reading once with its value; the batch in flight at the kill wholly or not at all. */
        int check() throws Exception {
            int batchesFound = -1;
            for (int m = 0; m < METERS_PER_WRITER; m++) {
                TreeMap<Instant, BigDecimal> stored = readAll(meter(meterOf(m)));
                int complete = stored.size() / STAMPS_PER_BATCH;
                assertEquals("meter " + meter(meterOf(m)) + " holds whole batches only", 0, stored.size() % STAMPS_PER_BATCH);
                assertTrue("every acknowledged batch of " + meter(meterOf(m)) + " is there: " + complete + " < " + acknowledged,
                        complete >= acknowledged);
                assertTrue("at most the batch in flight beyond the acknowledged ones", complete <= acknowledged + (inFlight ? 1 : 0));
                if (batchesFound >= 0) {
                    assertEquals("the in-flight batch is all or nothing across meters", batchesFound, complete);
                }
                batchesFound = complete;
                for (int k = 0; k < complete; k++) {
                    for (int s = 0; s < STAMPS_PER_BATCH; s++) {
                        BigDecimal v = stored.get(stamp(k, s));
                        assertTrue(meter(meterOf(m)) + " " + stamp(k, s) + " is " + v,
                                v != null && v.compareTo(value(k, m, s)) == 0);
                    }
                }
            }
            return acknowledged * METERS_PER_WRITER * STAMPS_PER_BATCH;
        }

        private TreeMap<Instant, BigDecimal> readAll(String meter) throws Exception {
            TreeMap<Instant, BigDecimal> stored = new TreeMap<>();
            String from = BASE.toString();
            String to = "2099-01-01T00:00:00Z";
            while (from != null) {
                JsonNode answer = platform.call(USER, PASSWORD, "readings.query", "{\"meter\":\"" + meter + "\",\"readingType\":\"" + TYPE
                        + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"limit\":50000}");
                assertTrue(answer.toString(), answer.has("result"));
                for (JsonNode p : answer.at("/result/points")) {
                    BigDecimal previous = stored.put(Instant.parse(p.get("at").asText()), new BigDecimal(p.get("value").asText()));
                    assertEquals("each instant once", null, previous);
                }
                JsonNode next = answer.at("/result/next");
                from = next.isMissingNode() || next.isNull() ? null : next.asText();
            }
            return stored;
        }
    }

}
