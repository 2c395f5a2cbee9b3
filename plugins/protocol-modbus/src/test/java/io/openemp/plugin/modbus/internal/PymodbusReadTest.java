package io.openemp.plugin.modbus.internal;

import static io.openemp.plugin.modbus.internal.Profiles.bit;
import static io.openemp.plugin.modbus.internal.Profiles.holding;
import static io.openemp.plugin.modbus.internal.Profiles.input;
import static io.openemp.plugin.modbus.internal.Profiles.profile;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.ErrorKind;
import io.openemp.plugin.modbus.api.FrameRejection;
import io.openemp.plugin.modbus.api.ModbusEndpoint;
import io.openemp.plugin.modbus.api.PointValue;
import io.openemp.plugin.modbus.api.Quality;
import io.openemp.plugin.modbus.api.ReadOptions;
import io.openemp.plugin.modbus.api.ReadResult;

/**
 * The master against a real Modbus TCP server (Debian's python3-pymodbus) serving a known process image on
 * 127.0.0.1: every type and order decoded, exception responses as per-point errors, timeouts within the configured
 * time, connection reuse.
 */
public class PymodbusReadTest {

    private static PymodbusServer server;
    private NettyModbusMaster master;

    @BeforeClass
    public static void startServer() throws Exception {
        PymodbusServer.Image image = new PymodbusServer.Image()
                .bytes(1, "hr", 0, 0xFF, 0x85)                                  // 0 int16 -123
                .bytes(1, "hr", 1, 0xFF, 0x85)                                  // 1 uint16 65413
                .bytes(1, "hr", 2, 0xFF, 0xFF, 0xFE, 0x0C)                      // 2-3 int32 -500, ABCD
                .bytes(1, "hr", 4, 0xFE, 0x0C, 0xFF, 0xFF)                      // 4-5 int32 -500, CDAB
                .bytes(1, "hr", 6, 0xEE, 0x6B, 0x28, 0x00)                      // 6-7 uint32 4000000000
                .bytes(1, "hr", 8, 0x43, 0x66, 0x80, 0x00)                      // 8-9 float32 230.5 ABCD
                .bytes(1, "hr", 10, 0x80, 0x00, 0x43, 0x66)                     // 10-11 CDAB
                .bytes(1, "hr", 12, 0x66, 0x43, 0x00, 0x80)                     // 12-13 BADC
                .bytes(1, "hr", 14, 0x00, 0x80, 0x66, 0x43)                     // 14-15 DCBA
                .bytes(1, "hr", 16, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE) // 16-19 int64 -2
                .bytes(1, "hr", 20, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF) // 20-23 uint64 max
                .bytes(1, "hr", 24, 0, 0, 0, 0, 0, 0, 0x3F, 0xF8)               // 24-27 float64 1.5, words little
                .bytes(1, "hr", 28, 0x08, 0xFD)                                 // 28 2301 x 0.1
                .bytes(1, "hr", 29, 0x02, 0x8F)                                 // 29 655 x 0.1 - 40
                .bytes(1, "hr", 30, 0x85, 0xFF)                                 // 30 int16 -123, bytes little
                .bytes(1, "ir", 100, 0x7F, 0xC0, 0x00, 0x00)                    // 100-101 float32 NaN
                .bytes(1, "ir", 102, 0x11, 0x70, 0x00, 0x01)                    // 102-103 uint32 70000, words little
                .put(1, "co", 0, 1, 0, 1)                                       // coils 0..2
                .put(1, "di", 10, 1)                                            // discrete input 10
                .put(7, "hr", 5, 42);                                           // unit 7
        server = PymodbusServer.start(image);
    }

    @AfterClass
    public static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Before
    public void startMaster() {
        master = new NettyModbusMaster(new MasterSettings(1000, 0, 2000, 60, 16, 1));
    }

    @After
    public void stopMaster() {
        master.close();
    }

    private ModbusEndpoint endpoint() {
        return ModbusEndpoint.of("127.0.0.1", server.port());
    }

    @Test
    public void everyTypeAndOrderIsReadAndDecoded() {
        DeviceProfile p = profile("all-types",
                holding("i16", 0, "int16"), holding("u16", 1, "uint16"),
                holding("i32", 2, "int32"), holding("i32cdab", 4, "int32").withOrder("little", null),
                holding("u32", 6, "uint32"),
                holding("f32abcd", 8, "float32"), holding("f32cdab", 10, "float32").withOrder("little", "big"),
                holding("f32badc", 12, "float32").withOrder("big", "little"),
                holding("f32dcba", 14, "float32").withOrder("little", "little"),
                holding("i64", 16, "int64"), holding("u64", 20, "uint64"),
                holding("f64", 24, "float64").withOrder("little", null),
                holding("scaled", 28, "int16").withScale(new BigDecimal("0.1")),
                Profiles.scaled(holding("offset", 29, "uint16"), "0.1", "-40"),
                holding("i16swapped", 30, "int16").withOrder(null, "little"),
                input("nan", 100, "float32"), input("u32little", 102, "uint32").withOrder("little", null),
                bit("coil0", 1, 0), bit("coil1", 1, 1), bit("coil2", 1, 2), bit("input10", 2, 10),
                holding("unit7", 5, "uint16").withUnitId(7));
        Instant before = Instant.now();
        ReadResult result = master.read(endpoint(), p);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("i16", "-123");
        expected.put("u16", "65413");
        expected.put("i32", "-500");
        expected.put("i32cdab", "-500");
        expected.put("u32", "4000000000");
        expected.put("f32abcd", "230.5");
        expected.put("f32cdab", "230.5");
        expected.put("f32badc", "230.5");
        expected.put("f32dcba", "230.5");
        expected.put("i64", "-2");
        expected.put("u64", "18446744073709551615");
        expected.put("f64", "1.5");
        expected.put("scaled", "230.1");
        expected.put("offset", "25.5");
        expected.put("i16swapped", "-123");
        expected.put("u32little", "70000");
        expected.put("coil0", "1");
        expected.put("coil1", "0");
        expected.put("coil2", "1");
        expected.put("input10", "1");
        expected.put("unit7", "42");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            PointValue v = result.value(e.getKey());
            assertEquals(e.getKey() + ": " + v, Quality.GOOD, v.quality());
            assertEquals(e.getKey(), new BigDecimal(e.getValue()), v.value());
            assertNull(v.error());
            assertTrue(!v.at().isBefore(before));
        }
        PointValue nan = result.value("nan");
        assertEquals(Quality.INVALID, nan.quality());
        assertNull(nan.value());
        assertEquals(ErrorKind.INVALID_VALUE, nan.error().kind());
        // one request per table and unit: hr 0..30, ir 100..103, coils 0..2, discrete input 10, unit 7 hr 5
        assertEquals(5, result.requests());
        assertEquals(21, result.good());
        assertEquals(1, result.failed());
        assertEquals(p.points().size(), result.values().size());
        assertEquals("i16", result.values().get(0).name());
    }

    @Test
    public void anIllegalAddressIsAnErrorOfThatPointOnly() {
        // 31 is not in the server's image: the merged read 30..31 gets exception 2, then each of its points is read alone
        DeviceProfile p = profile("gap", holding("good", 0, "int16"), holding("missing", 31, "uint16"),
                holding("alsoGood", 30, "int16").withOrder(null, "little"));
        ReadResult result = master.read(endpoint(), p);
        assertEquals(new BigDecimal("-123"), result.value("good").value());
        assertEquals(new BigDecimal("-123"), result.value("alsoGood").value());
        PointValue missing = result.value("missing");
        assertEquals(Quality.BAD, missing.quality());
        assertNull(missing.value());
        assertEquals(ErrorKind.DEVICE_EXCEPTION, missing.error().kind());
        assertEquals(Integer.valueOf(2), missing.error().exceptionCode());
        assertEquals("exception response 2 (illegal data address)", missing.error().message());
        assertEquals(4, result.requests()); // 0, 30..31, then 30 and 31 alone
        assertEquals(2, master.stats().exceptionResponses()); // 30..31 and 31
    }

    @Test
    public void anExceptionResponseIsNeverRetried() {
        ReadResult result = master.read(endpoint(), profile("x", holding("missing", 500, "uint16")), new ReadOptions(null, 3));
        assertEquals(Integer.valueOf(2), result.value("missing").error().exceptionCode());
        assertEquals(1, result.requests());
        assertEquals(0, master.stats().retries());
    }

    @Test
    public void aUnitThatNeverAnswersTimesOutWithinTheConfiguredTime() {
        // pymodbus does not answer for a unit id it does not serve
        DeviceProfile p = profile("absent", holding("v", 0, "int16").withUnitId(9));
        long start = System.nanoTime();
        ReadResult result = master.read(endpoint(), p, new ReadOptions(300L, 0));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        PointValue v = result.value("v");
        assertEquals(Quality.BAD, v.quality());
        assertEquals(ErrorKind.TIMEOUT, v.error().kind());
        assertTrue(v.error().message(), v.error().message().contains("within 300 ms"));
        assertTrue("took " + millis + " ms", millis >= 290 && millis < 1500);
    }

    @Test
    public void retriesSendAgainAndAreCounted() {
        DeviceProfile p = profile("absent", holding("v", 0, "int16").withUnitId(9));
        long start = System.nanoTime();
        ReadResult result = master.read(endpoint(), p, new ReadOptions(200L, 2));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(ErrorKind.TIMEOUT, result.value("v").error().kind());
        assertEquals(3, result.requests());
        assertEquals(2, master.stats().retries());
        assertEquals(3, master.stats().timeouts());
        assertTrue("took " + millis + " ms", millis >= 590 && millis < 2500);
    }

    @Test
    public void aPausedServerTimesOutAndTheConnectionRecoversWhenItResumes() throws Exception {
        DeviceProfile p = profile("one", holding("v", 0, "int16"));
        assertEquals(Quality.GOOD, master.read(endpoint(), p).value("v").quality());
        server.pause();
        try {
            long start = System.nanoTime();
            ReadResult result = master.read(endpoint(), p, new ReadOptions(400L, 0));
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertEquals(ErrorKind.TIMEOUT, result.value("v").error().kind());
            assertTrue("took " + millis + " ms", millis >= 390 && millis < 2000);
        } finally {
            server.resume();
        }
        // The server now answers the old request too: that late answer is rejected, the new one is used.
        ReadResult after = master.read(endpoint(), p, new ReadOptions(3000L, 0));
        assertEquals(new BigDecimal("-123"), after.value("v").value());
        assertEquals(1, master.stats().rejected(FrameRejection.UNEXPECTED_TRANSACTION_ID));
        assertEquals("the same connection served every read", 1, master.stats().connectionsOpened());
    }

    @Test
    public void oneConnectionPerEndpointIsReused() {
        DeviceProfile p = profile("two", holding("a", 0, "int16"), holding("b", 8, "float32"));
        for (int i = 0; i < 5; i++) {
            ReadResult r = master.read(endpoint(), p);
            assertEquals(2, r.good());
        }
        assertEquals(1, master.stats().connectionsOpened());
        assertEquals(1, master.stats().connectionsOpen());
        assertEquals(10, master.stats().requests());
        assertEquals(10, master.stats().responses());
        assertEquals(1, master.endpoints());
    }

    @Test
    public void concurrentReadsOfOneEndpointAllSucceed() {
        DeviceProfile p = profile("c", holding("a", 0, "int16"), input("u", 102, "uint32").withOrder("little", null));
        var futures = new java.util.ArrayList<java.util.concurrent.CompletableFuture<ReadResult>>();
        for (int i = 0; i < 50; i++) {
            futures.add(master.readAsync(endpoint(), p, null));
        }
        for (var f : futures) {
            ReadResult r = f.join();
            assertEquals(new BigDecimal("70000"), r.value("u").value());
            assertEquals(new BigDecimal("-123"), r.value("a").value());
        }
        assertEquals(1, master.stats().connectionsOpened());
    }

    @Test
    public void aRefusedConnectionIsAConnectionError() throws Exception {
        int closedPort = PymodbusServer.freePort();
        ReadResult result = master.read(ModbusEndpoint.of("127.0.0.1", closedPort), profile("x", holding("v", 0, "int16")),
                new ReadOptions(500L, 1));
        PointValue v = result.value("v");
        assertEquals(ErrorKind.CONNECTION, v.error().kind());
        assertTrue(v.error().message(), v.error().message().startsWith("cannot connect to 127.0.0.1:" + closedPort));
        assertEquals(2, result.requests());
        assertEquals(2, master.stats().connectFailures());
    }

    @Test
    public void theShippedProfilesReadASimulatedMeterAndInverter() throws Exception {
        // An Eastron SDM630 (input registers, float32) and a Huawei SUN2000 (holding registers, scaled integers)
        PymodbusServer.Image image = new PymodbusServer.Image();
        float[] sdm = new float[80];
        sdm[0] = 230.5f; sdm[2] = 231.25f; sdm[4] = 229.75f;       // voltages
        sdm[6] = 5.5f; sdm[8] = 4.25f; sdm[10] = 6.0f;             // currents
        sdm[12] = 1234.5f; sdm[14] = 980.0f; sdm[16] = 1378.25f;   // W per phase
        sdm[52] = 3592.75f; sdm[60] = -120.5f; sdm[62] = 0.98f;    // total W, var, power factor
        sdm[70] = 50.01f; sdm[72] = 12345.67f; sdm[74] = 89.5f; sdm[76] = 456.25f; sdm[78] = 12.0f;
        for (int a = 0; a < 80; a += 2) {
            image.float32(1, "ir", a, sdm[a]);
        }
        for (int a = 32064; a <= 32115; a++) {
            image.put(1, "hr", a, 0);
        }
        image.put(1, "hr", 32064, 0, 5000)            // input power 5000 W
                .put(1, "hr", 32069, 2305, 2311, 2298)  // voltages x 10
                .put(1, "hr", 32072, 0, 5123, 0, 5100, 0xFFFF, 0xFFFF) // currents x 1000: 5.123, 5.1, -0.001
                .put(1, "hr", 32080, 0, 3456, 0xFFFF, 0xFF9C) // 3456 W, -100 var
                .put(1, "hr", 32084, -995 & 0xFFFF, 5001, 9870, 412) // pf, Hz x 100, efficiency, temperature x 10
                .put(1, "hr", 32106, 0x0012, 0xD687)   // 1234567 -> 12345.67 kWh
                .put(1, "hr", 32114, 0, 2345);          // 23.45 kWh
        ProfileStore store = new ProfileStore(java.nio.file.Files.createTempDirectory("profiles"));
        try (PymodbusServer device = PymodbusServer.start(image)) {
            ModbusEndpoint at = ModbusEndpoint.of("127.0.0.1", device.port());
            ReadResult meter = master.read(at, store.get("eastron-sdm630").orElseThrow());
            assertEquals(meter.values().toString(), 17, meter.good());
            assertEquals(4, meter.requests()); // 0..17, 52..53, 60..63, 70..79
            assertEquals(new BigDecimal("230.5"), meter.value("voltageL1").value());
            assertEquals(new BigDecimal("231.25"), meter.value("voltageL2").value());
            assertEquals(new BigDecimal("1.2345"), meter.value("activePowerL1").value().stripTrailingZeros());
            assertEquals(new BigDecimal("3.59275"), meter.value("activePower").value().stripTrailingZeros());
            assertEquals(new BigDecimal("-0.1205"), meter.value("reactivePower").value().stripTrailingZeros());
            assertEquals(new BigDecimal("0.98"), meter.value("powerFactor").value());
            assertEquals(new BigDecimal("50.01"), meter.value("frequency").value());
            assertEquals(new BigDecimal("12345.67"), meter.value("importActiveEnergy").value());
            assertEquals("energy.active.forward", meter.value("importActiveEnergy").readingType());
            assertEquals("kWh", meter.value("importActiveEnergy").unit());

            ReadResult inverter = master.read(at, store.get("huawei-sun2000").orElseThrow());
            assertEquals(inverter.values().toString(), 14, inverter.good());
            assertEquals(3, inverter.requests()); // 32064..32087 (gaps of 3, 2 and 1 register), 32106..07, 32114..15
            assertEquals(new BigDecimal("5.000"), inverter.value("inputPower").value());
            assertEquals(new BigDecimal("230.5"), inverter.value("voltageA").value());
            assertEquals(new BigDecimal("5.123"), inverter.value("currentA").value());
            assertEquals(new BigDecimal("-0.001"), inverter.value("currentC").value());
            assertEquals(new BigDecimal("3.456"), inverter.value("activePower").value());
            assertEquals(new BigDecimal("-0.100"), inverter.value("reactivePower").value());
            assertEquals(new BigDecimal("-0.995"), inverter.value("powerFactor").value());
            assertEquals(new BigDecimal("50.01"), inverter.value("gridFrequency").value());
            assertEquals(new BigDecimal("41.2"), inverter.value("internalTemperature").value());
            assertEquals(new BigDecimal("12345.67"), inverter.value("totalYield").value());
            assertEquals(new BigDecimal("23.45"), inverter.value("todayYield").value());
            assertNotNull(inverter.value("todayYield").at());
        }
    }
}
