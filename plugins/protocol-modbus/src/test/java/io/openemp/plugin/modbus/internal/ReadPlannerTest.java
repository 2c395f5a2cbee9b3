package io.openemp.plugin.modbus.internal;

import static io.openemp.plugin.modbus.internal.Profiles.bit;
import static io.openemp.plugin.modbus.internal.Profiles.holding;
import static io.openemp.plugin.modbus.internal.Profiles.input;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.PointDefinition;

/** How points become requests: merged where contiguous, split at the limits, apart by unit and function. */
public class ReadPlannerTest {

    private static List<String> plan(DeviceProfile profile) {
        return ReadPlanner.plan(profile, 1).stream().map(b -> "u" + b.unitId() + " f" + b.function() + " @" + b.address()
                + " x" + b.count() + " " + b.points().stream().map(Point::name).toList()).toList();
    }

    @Test
    public void contiguousPointsShareOneRequestWhateverTheirOrderInTheProfile() {
        DeviceProfile p = Profiles.profile("p", holding("c", 3, "float32"), holding("a", 0, "int16"),
                holding("b", 1, "int32"), holding("d", 5, "uint16"));
        assertEquals(List.of("u1 f3 @0 x6 [a, b, c, d]"), plan(p));
    }

    @Test
    public void aGapSplitsUnlessTheProfileAllowsIt() {
        PointDefinition[] points = { holding("a", 0, "int16"), holding("b", 3, "int16") };
        assertEquals(List.of("u1 f3 @0 x1 [a]", "u1 f3 @3 x1 [b]"), plan(Profiles.profile("p", points)));
        DeviceProfile gap2 = new DeviceProfile("p", null, null, null, null, null, 2, List.of(points));
        assertEquals(List.of("u1 f3 @0 x4 [a, b]"), plan(gap2));
        DeviceProfile gap1 = new DeviceProfile("p", null, null, null, null, null, 1, List.of(points));
        assertEquals(2, plan(gap1).size());
    }

    @Test
    public void requestsStopAt125RegistersOrTheDevicesLimit() {
        List<PointDefinition> points = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            points.add(holding("p" + i, 2 * i, "float32")); // 200 registers, contiguous
        }
        List<Block> blocks = ReadPlanner.plan(DeviceProfile.of("p", points), 1);
        assertEquals(2, blocks.size());
        assertEquals(124, blocks.get(0).count()); // 62 floats; a 63rd would make 126
        assertEquals(0, blocks.get(0).address());
        assertEquals(124, blocks.get(1).address());
        assertEquals(76, blocks.get(1).count());
        DeviceProfile limited = new DeviceProfile("p", null, null, null, null, 80, null, points);
        List<Block> limitedBlocks = ReadPlanner.plan(limited, 1);
        assertEquals(List.of(80, 80, 40), limitedBlocks.stream().map(Block::count).toList());
    }

    @Test
    public void unitsAndFunctionsNeverShareARequest() {
        DeviceProfile p = Profiles.profile("p", holding("a", 0, "int16"), input("b", 1, "int16"),
                holding("c", 1, "int16").withUnitId(2), bit("d", 1, 0), bit("e", 1, 1), bit("f", 2, 2));
        assertEquals(List.of("u1 f1 @0 x2 [d, e]", "u1 f2 @2 x1 [f]", "u1 f3 @0 x1 [a]", "u1 f4 @1 x1 [b]",
                "u2 f3 @1 x1 [c]"), plan(p));
    }

    @Test
    public void aPointWithoutUnitIdTakesTheEndpoints() {
        DeviceProfile p = Profiles.profile("p", holding("a", 0, "int16"), holding("b", 1, "int16").withUnitId(7));
        assertEquals(List.of("u7 f3 @0 x2 [a, b]"), ReadPlanner.plan(p, 7).stream().map(b -> "u" + b.unitId() + " f"
                + b.function() + " @" + b.address() + " x" + b.count() + " " + b.points().stream().map(Point::name).toList()).toList());
    }

    @Test
    public void bitsMergeUpTo2000() {
        List<PointDefinition> points = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            points.add(bit("c" + i, 1, i));
        }
        List<Block> blocks = ReadPlanner.plan(DeviceProfile.of("p", points.subList(0, 1000)), 1);
        assertEquals(1, blocks.size());
        assertEquals(125, blocks.get(0).expectedBytes()); // 1000 bits
    }
}
