package io.openemp.plugin.modbus.internal;

import static io.openemp.plugin.modbus.internal.Profiles.holding;
import static io.openemp.plugin.modbus.internal.Profiles.profile;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.InvalidProfileException;
import io.openemp.plugin.modbus.api.ProfileInfo;
import io.openemp.plugin.modbus.api.ProfileProblem;
import io.openemp.plugin.modbus.api.ProfileValidator;

/** Profiles kept as JSON files in a folder, plus the two built-in examples. */
public class ProfileStoreTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private static void write(Path file, String json) throws Exception {
        Files.writeString(file, json.replace('\'', '"'), StandardCharsets.UTF_8);
    }

    @Test
    public void theBuiltInExamplesAreValidAndListed() throws Exception {
        ProfileStore store = new ProfileStore(temp.getRoot().toPath().resolve("none"));
        List<ProfileInfo> list = store.list();
        assertEquals(List.of("eastron-sdm630", "huawei-sun2000"), list.stream().map(ProfileInfo::id).toList());
        assertEquals(ProfileInfo.BUILT_IN, list.get(0).origin());
        assertEquals(17, list.get(0).points());
        for (String id : ProfileStore.BUILT_IN) {
            DeviceProfile p = store.get(id).orElseThrow();
            assertEquals(List.of(), ProfileValidator.validate(p));
            assertTrue(id + " cites its source", p.source() != null && p.source().contains("http"));
        }
    }

    @Test
    public void filesInTheFolderAreLoadedAndOverrideBuiltIns() throws Exception {
        Path folder = temp.newFolder("profiles").toPath();
        write(folder.resolve("heat-meter.json"), "{'id':'heat-meter','points':[{'name':'power','function':3,"
                + "'address':10,'type':'float32','wordOrder':'little','scale':0.001,'readingType':'power.heat','unit':'kW'}]}");
        write(folder.resolve("eastron-sdm630.json"), "{'id':'eastron-sdm630','description':'local copy','points':[{'name':'v',"
                + "'function':4,'address':0,'type':'float32','readingType':'voltage.a'}]}");
        ProfileStore store = new ProfileStore(folder);
        DeviceProfile heat = store.get("heat-meter").orElseThrow();
        assertEquals(new BigDecimal("0.001"), heat.points().get(0).scale());
        assertEquals("little", heat.points().get(0).wordOrder());
        assertEquals("local copy", store.get("eastron-sdm630").orElseThrow().description());
        assertEquals(List.of("eastron-sdm630:folder", "heat-meter:folder", "huawei-sun2000:built-in"),
                store.list().stream().map(i -> i.id() + ":" + i.origin()).toList());
        assertEquals(List.of(), store.loadProblems());
    }

    @Test
    public void badFilesAreLeftOutWithTheirReason() throws Exception {
        Path folder = temp.newFolder("profiles").toPath();
        write(folder.resolve("broken.json"), "{'id':'broken','points':[");
        write(folder.resolve("typo.json"), "{'id':'typo','points':[{'name':'v','function':3,'adress':1,'type':'int16','readingType':'x'}]}");
        write(folder.resolve("bad-type.json"), "{'id':'bad-type','points':[{'name':'v','function':3,'address':1,'type':'int17','readingType':'x'}]}");
        write(folder.resolve("other-name.json"), "{'id':'mismatch','points':[{'name':'v','function':3,'address':1,'type':'int16','readingType':'x'}]}");
        ProfileStore store = new ProfileStore(folder);
        assertEquals(List.of("eastron-sdm630", "huawei-sun2000"), store.list().stream().map(ProfileInfo::id).toList());
        List<String> problems = store.loadProblems().stream().map(ProfileProblem::toString).toList();
        assertEquals(problems.toString(), 4, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith("bad-type.json: points[0].type: points[0] 'v': unknown type 'int17'"));
        assertEquals("broken.json: points: line 1, column 26: Unexpected end-of-input: expected close marker for Array",
                problems.get(1));
        assertEquals("other-name.json: id: the file of profile 'mismatch' must be named mismatch.json", problems.get(2));
        assertTrue(problems.get(3), problems.get(3).startsWith("typo.json: points[0].adress: line 1, column "));
        assertTrue(problems.get(3), problems.get(3).contains("Unrecognized field \"adress\""));
    }

    @Test
    public void putValidatesWritesAFileAndIsSeenAtOnce() throws Exception {
        Path folder = temp.getRoot().toPath().resolve("new-folder");
        ProfileStore store = new ProfileStore(folder);
        DeviceProfile p = profile("pump-3", holding("speed", 100, "uint16").withScale(new BigDecimal("0.1")));
        ProfileInfo info = store.put(p);
        assertEquals(new ProfileInfo("pump-3", null, null, null, 1, ProfileInfo.FOLDER), info);
        Path file = folder.resolve("pump-3.json");
        String json = Files.readString(file);
        assertTrue(json, json.contains("\"scale\" : 0.1"));
        assertFalse("nulls are left out", json.contains("null"));
        assertEquals(p, store.get("pump-3").orElseThrow());
        // another store on the same folder reads the same profile back from the file
        assertEquals(p, new ProfileStore(folder).get("pump-3").orElseThrow());
        try (var files = Files.list(folder)) {
            assertEquals("no temporary file is left", 1, files.count());
        }
    }

    @Test
    public void anInvalidProfileIsNotStored() throws Exception {
        Path folder = temp.newFolder("profiles").toPath();
        ProfileStore store = new ProfileStore(folder);
        try {
            store.put(profile("bad", holding("v", 0, "int17")));
            fail("stored an invalid profile");
        } catch (InvalidProfileException e) {
            assertEquals("points[0].type", e.problems().get(0).path());
        }
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    public void aFileAddedByHandIsPickedUpWithoutARestart() throws Exception {
        Path folder = temp.newFolder("profiles").toPath();
        ProfileStore store = new ProfileStore(folder);
        assertTrue(store.get("later").isEmpty());
        write(folder.resolve("later.json"), "{'id':'later','points':[{'name':'v','function':2,'address':5,'readingType':'state.door'}]}");
        long deadline = System.currentTimeMillis() + 5000;
        while (store.get("later").isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals("state.door", store.get("later").orElseThrow().points().get(0).readingType());
    }

    @Test
    public void theDefaultFolderIsUnderKarafEtc() {
        String old = System.getProperty("karaf.etc");
        try {
            System.setProperty("karaf.etc", "/opt/karaf/etc");
            assertEquals(Path.of("/opt/karaf/etc/openemp/modbus-profiles"), ModbusPlugin.folder(""));
            assertEquals(Path.of("/data/profiles"), ModbusPlugin.folder(" /data/profiles "));
        } finally {
            if (old == null) {
                System.clearProperty("karaf.etc");
            } else {
                System.setProperty("karaf.etc", old);
            }
        }
    }
}
