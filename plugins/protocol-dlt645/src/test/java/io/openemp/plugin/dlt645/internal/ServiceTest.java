package io.openemp.plugin.dlt645.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import io.openemp.plugin.dlt645.api.DataId;
import io.openemp.plugin.dlt645.api.Dlt645Frame;
import io.openemp.plugin.dlt645.api.Dlt645Requests;
import io.openemp.plugin.dlt645.api.FrameSplitter;
import io.openemp.plugin.dlt645.api.MeterAddress;
import io.openemp.plugin.dlt645.api.RejectReason;
import io.openemp.plugin.dlt645.api.Rejection;

/** The Dlt645Service a master station uses: shared codec, splitters, configuration, one set of statistics. */
public class ServiceTest {

    private final Dlt645Component component = new Dlt645Component();

    @Test
    public void splittersAndTheCodecShareTheStatistics() {
        List<Dlt645Frame> frames = new ArrayList<>();
        FrameSplitter splitter = component.splitter(new FrameSplitter.Listener() {
            @Override
            public void onFrame(Dlt645Frame frame, long offset) {
                frames.add(frame);
            }

            @Override
            public void onRejected(Rejection rejection, int discarded) {
            }
        });
        Dlt645Frame read = Dlt645Requests.read(MeterAddress.parse("1"), DataId.parse("00010000"));
        splitter.feed(new byte[] { 1, 2, 3 });
        splitter.feed(component.codec().encode(read, 4));
        assertEquals(List.of(read), frames);
        assertEquals(1, component.stats().rejectedByReason().get(RejectReason.BAD_START.name()).longValue());
        assertEquals(3, component.stats().bytesDiscarded());
        assertEquals(1, component.stats().framesDecoded());
        assertEquals(1, component.stats().framesEncoded());
    }

    @Test
    public void theLimitsAreConfigurableAndAWrongConfigurationKeepsTheOldOne() {
        component.configure(50, 200);
        assertEquals(50, component.codec().maxDataLength());
        byte[] longRead = component.codec().encode(new io.openemp.plugin.dlt645.api.ReadReply(MeterAddress.parse("1"),
                DataId.parse("00010000"), io.openemp.plugin.dlt645.api.Bytes.of(new byte[40]), false));
        component.configure(30, 200);
        assertEquals(RejectReason.LENGTH_OVER_LIMIT, component.codec().decode(longRead).rejection().reason());
        try {
            component.configure(200, 100);
            fail("a buffer smaller than the longest frame");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("212..65536"));
        }
        assertEquals(30, component.codec().maxDataLength());
        assertEquals("the statistics survive a new configuration", 1, component.stats().rejectedByReason().get("LENGTH_OVER_LIMIT").longValue());
    }

    @Test
    public void theCatalogueIsTheStandardOne() {
        assertEquals("forward active energy, total, current", component.catalogue().lookup(DataId.parse("00010000")).orElseThrow().name());
        assertTrue(component.analyse(new byte[] { 0x68 }).rejection() != null);
    }
}
