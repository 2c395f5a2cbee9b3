package io.openemp.plugin.modbus.internal;

import static io.openemp.plugin.modbus.internal.Profiles.bit;
import static io.openemp.plugin.modbus.internal.Profiles.holding;
import static io.openemp.plugin.modbus.internal.Profiles.input;
import static io.openemp.plugin.modbus.internal.Profiles.profile;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.InvalidProfileException;
import io.openemp.plugin.modbus.api.PointDefinition;
import io.openemp.plugin.modbus.api.ProfileProblem;
import io.openemp.plugin.modbus.api.ProfileValidator;

/** Every rule of profile validation, with the exact message a profile author sees. */
public class ProfileValidatorTest {

    private static List<String> problems(DeviceProfile profile) {
        return ProfileValidator.validate(profile).stream().map(ProfileProblem::toString).toList();
    }

    private static void assertProblems(DeviceProfile profile, String... expected) {
        assertEquals(Arrays.asList(expected), problems(profile));
    }

    @Test
    public void aValidProfileHasNoProblem() {
        assertProblems(profile("meter-1", holding("a", 0, "int16"), holding("b", 1, "float32"), input("a2", 0, "uint64"),
                bit("c", 1, 0), bit("d", 2, 0), holding("e", 65534, "uint32")));
    }

    @Test
    public void idIsRequiredAndRestricted() {
        assertProblems(profile(null, holding("a", 0, "int16")), "id: required");
        assertProblems(profile("../etc/passwd", holding("a", 0, "int16")),
                "id: '../etc/passwd' is not a profile id: lower-case letters, digits, '.', '_', '-', starting with a "
                        + "letter or digit, at most 64 characters");
        assertProblems(profile("Meter", holding("a", 0, "int16")),
                "id: 'Meter' is not a profile id: lower-case letters, digits, '.', '_', '-', starting with a "
                        + "letter or digit, at most 64 characters");
    }

    @Test
    public void pointsAreRequired() {
        assertProblems(profile("p"), "points: at least one point is required");
        assertProblems(DeviceProfile.of("p", null), "points: at least one point is required");
        List<PointDefinition> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(holding("p" + i, i, "int16"));
        }
        assertProblems(DeviceProfile.of("p", many), "points: 1001 points; at most 1000 in one profile");
    }

    @Test
    public void unknownAndMisplacedTypes() {
        assertProblems(profile("p", holding("v", 0, "int17")),
                "points[0].type: points[0] 'v': unknown type 'int17'; one of int16, uint16, int32, uint32, float32, "
                        + "int64, uint64, float64 for registers, bool for coils and discrete inputs");
        assertProblems(profile("p", holding("v", 0, "INT16")),
                "points[0].type: points[0] 'v': unknown type 'INT16'; one of int16, uint16, int32, uint32, float32, "
                        + "int64, uint64, float64 for registers, bool for coils and discrete inputs");
        assertProblems(profile("p", PointDefinition.register("v", 1, 0, "int32", "x")),
                "points[0].type: points[0] 'v': coils are single bits: type must be bool or left out, not int32");
        assertProblems(profile("p", PointDefinition.register("v", 3, 0, "bool", "x")),
                "points[0].type: points[0] 'v': bool is for coils and discrete inputs; holding registers take one of "
                        + "int16, uint16, int32, uint32, float32, int64, uint64, float64");
        assertProblems(profile("p", PointDefinition.register("v", 4, 0, null, "x")),
                "points[0].type: points[0] 'v': required for input registers: one of int16, uint16, int32, uint32, "
                        + "float32, int64, uint64, float64");
    }

    @Test
    public void functionsOtherThanReadsAreRefused() {
        assertProblems(profile("p", PointDefinition.register("v", 6, 0, "int16", "x")),
                "points[0].function: points[0] 'v': function 6 is not a read function: use 1 (coils), 2 (discrete "
                        + "inputs), 3 (holding registers) or 4 (input registers)");
        assertProblems(profile("p", new PointDefinition("v", null, null, 0, "int16", null, null, null, null, "x", null, null)),
                "points[0].function: points[0] 'v': required: 1 (coils), 2 (discrete inputs), 3 (holding registers) "
                        + "or 4 (input registers)");
    }

    @Test
    public void addressRanges() {
        assertProblems(profile("p", holding("v", -1, "int16")), "points[0].address: points[0] 'v': address -1 is outside 0..65535");
        assertProblems(profile("p", holding("v", 65536, "int16")), "points[0].address: points[0] 'v': address 65536 is outside 0..65535");
        assertProblems(profile("p", holding("v", 65533, "float64")),
                "points[0].address: points[0] 'v': float64 at address 65533 needs registers 65533..65536, past the last address 65535");
        assertProblems(profile("p", new PointDefinition("v", null, 3, null, "int16", null, null, null, null, "x", null, null)),
                "points[0].address: points[0] 'v': required: the zero-based protocol address 0..65535");
    }

    @Test
    public void overlappingPointsOfOneTableAreNamed() {
        // a float32 at 100 takes 100..101; an int16 at 101 overlaps it
        assertProblems(profile("p", holding("a", 100, "float32"), holding("b", 101, "int16")),
                "points[1].address: points[1] 'b' (holding registers 101) overlaps points[0] 'a' (holding registers 100..101)");
        // a wide point overlapping one further on
        assertProblems(profile("p", holding("a", 10, "int64"), holding("b", 5, "int16"), holding("c", 13, "uint16")),
                "points[2].address: points[2] 'c' (holding registers 13) overlaps points[0] 'a' (holding registers 10..13)");
        // the same addresses in another table or another unit do not overlap
        assertProblems(profile("p", holding("a", 100, "float32"), input("b", 100, "float32"),
                holding("c", 100, "float32").withUnitId(2)));
        // two coils at the same address
        assertProblems(profile("p", bit("a", 1, 7), bit("b", 1, 7)),
                "points[1].address: points[1] 'b' (coils 7) overlaps points[0] 'a' (coils 7)");
    }

    @Test
    public void namesAreUniqueAndWellFormed() {
        assertProblems(profile("p", holding("a", 0, "int16"), holding("a", 1, "int16")),
                "points[1].name: 'a' is already the name of points[0]");
        assertProblems(profile("p", holding("1a", 0, "int16")),
                "points[0].name: '1a' is not a point name: a letter, then letters, digits, '_', '.', '-', at most 64 characters");
    }

    @Test
    public void ordersScalesUnitsAndReadingTypes() {
        assertProblems(profile("p", holding("v", 0, "int32").withOrder("middle", null)),
                "points[0].wordOrder: points[0] 'v': wordOrder 'middle' is neither \"big\" nor \"little\"");
        assertProblems(profile("p", holding("v", 0, "int16").withOrder("little", null)),
                "points[0].wordOrder: points[0] 'v': int16 is one register and has no word order; leave it out "
                        + "(byteOrder swaps its two bytes)");
        assertProblems(profile("p", holding("v", 0, "int16").withScale(BigDecimal.ZERO)),
                "points[0].scale: points[0] 'v': scale 0 would make every value 0");
        assertProblems(profile("p", holding("v", 0, "int16").withScale(new BigDecimal("1e20"))),
                "points[0].scale: points[0] 'v': scale 1E+20 is out of range: at most 18 significant digits, magnitude 1e-12..1e12");
        assertProblems(profile("p", Profiles.scaled(bit("c", 1, 0), "2", null)),
                "points[0].scale: points[0] 'c': a bit reads 0 or 1 and takes no scale; leave it out");
        assertProblems(profile("p", PointDefinition.register("v", 3, 0, "int16", "Voltage A")),
                "points[0].readingType: points[0] 'v': 'Voltage A' is not a reading-type code: lower-case words "
                        + "joined by dots, e.g. \"energy.active.forward\"");
        assertProblems(profile("p", new PointDefinition("v", 256, 3, 0, "int16", null, null, null, null, "x", null, null)),
                "points[0].unitId: points[0] 'v': unit id 256 is outside 0..255");
    }

    @Test
    public void profileLimits() {
        DeviceProfile tooBig = new DeviceProfile("p", null, null, null, null, 126, 17, List.of(holding("v", 0, "int16")));
        assertProblems(tooBig, "maxRegistersPerRead: 126 is outside 1..125 (the protocol reads at most 125 registers at once)",
                "maxGap: 17 is outside 0..16");
        DeviceProfile narrow = new DeviceProfile("p", null, null, null, null, 2, null, List.of(holding("v", 0, "float64")));
        assertProblems(narrow, "points[0].type: points[0] 'v': float64 needs 4 registers in one request, but maxRegistersPerRead is 2");
    }

    @Test
    public void everyProblemIsReportedAtOnce() {
        List<String> found = problems(profile("p", holding("v", 0, "int17"), holding("v", 70000, "int16"), null));
        assertEquals(found.toString(), 4, found.size());
        assertTrue(found.get(3), found.get(3).equals("points[2]: null; a point is an object"));
    }

    @Test
    public void checkThrowsWithEveryProblem() {
        try {
            ProfileValidator.check(profile("p", holding("v", 0, "int17"), holding("w", -5, "int16")));
            fail("an invalid profile passed");
        } catch (InvalidProfileException e) {
            assertEquals(2, e.problems().size());
            assertTrue(e.getMessage(), e.getMessage().startsWith("Invalid profile 'p': points[0].type: points[0] 'v': unknown type 'int17'"));
            assertTrue(e.getMessage(), e.getMessage().endsWith("(and 1 more)"));
        }
    }
}
