package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Master data and readings in the distribution: installed at run time on the platform DataSource (H2), a meter
 * created through metering.*, readings appended and read back through readings.* over HTTP.
 */
public class MeteringReadingsIT extends PlatformTestSupport {

    @Inject
    private FeaturesService features;

    @Test
    public void aMetersReadingsGoInAndComeBack() throws Exception {
        features.installFeature("openemp-metering", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        JsonNode types = awaitRegistered("metering.readingTypes", null);
        assertTrue(types.toString(), types.get("result").toString().contains("energy.active.forward"));

        JsonNode unit = call("metering.orgUnit.create",
                "{\"orgUnit\":{\"mrid\":\"IT-GD\",\"name\":\"Guangdong\",\"kind\":\"PROVINCE\",\"zone\":\"Asia/Shanghai\"}}");
        assertEquals(unit.toString(), "IT-GD", unit.at("/result/mrid").asText());
        JsonNode meter = call("metering.meter.create",
                "{\"meter\":{\"mrid\":\"IT-M1\",\"serialNumber\":\"0001\",\"orgUnit\":\"IT-GD\",\"ctRatio\":40,\"ptRatio\":100}}");
        assertEquals(meter.toString(), "IT-M1", meter.at("/result/mrid").asText());
        assertEquals(-32602, call("metering.meter.create",
                "{\"meter\":{\"mrid\":\"IT-M2\",\"serialNumber\":\"0002\",\"orgUnit\":\"IT-GD\",\"ctRatio\":0}}").at("/error/code").asInt());

        JsonNode appended = awaitRegistered("readings.append", "{\"readings\":["
                + "{\"meter\":\"IT-M1\",\"readingType\":\"energy.active.forward\",\"at\":\"2026-11-25T00:15:00Z\",\"value\":1.25},"
                + "{\"meter\":\"IT-M1\",\"readingType\":\"energy.active.forward\",\"at\":\"2026-11-25T00:30:00Z\",\"value\":2.50}]}");
        assertTrue(appended.toString(), appended.has("result"));
        JsonNode unknown = call("readings.append", "{\"readings\":["
                + "{\"meter\":\"NO-SUCH\",\"readingType\":\"energy.active.forward\",\"at\":\"2026-11-25T00:15:00Z\",\"value\":1}]}");
        assertEquals(unknown.toString(), -32602, unknown.at("/error/code").asInt());

        JsonNode latest = call("readings.latest", "{\"meters\":[\"IT-M1\"],\"readingType\":\"energy.active.forward\"}");
        assertTrue(latest.toString(), latest.toString().contains("2026-11-25T00:30:00Z"));
        assertTrue(latest.toString(), latest.toString().contains("2.5"));
    }
}
