package io.openemp.plugins.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

/** Scanning a real folder of dropped releases. */
public class PluginFolderTest {

    static final String RELEASE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<features name=\"openemp-tariff-1.1.0\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
            + "  <feature name=\"openemp-plugin-tariff\" version=\"1.1.0\" description=\"Tariffs\">\n"
            + "    <feature>openemp-core</feature>\n"
            + "    <bundle>mvn:io.openemp/tariff/1.1.0</bundle>\n"
            + "  </feature>\n"
            + "  <feature name=\"openemp-tariff-data\" version=\"1.1.0\"/>\n"
            + "</features>\n";

    @Test
    public void readsTheFeaturesOfEachRepositoryFileAndSkipsTheRest() throws Exception {
        Path folder = Files.createTempDirectory("plugins");
        Files.writeString(folder.resolve("tariff-1.1.0-features.xml"), RELEASE);
        Files.writeString(folder.resolve("notes.xml"), "<notes><feature name=\"openemp-plugin-x\"/></notes>");
        Files.writeString(folder.resolve("broken.xml"), "<features><feature name=");
        Files.writeString(folder.resolve("readme.txt"), "not xml");
        Files.createDirectory(folder.resolve("sub.xml"));
        List<PluginFolder.Release> releases = new PluginFolder(folder).scan();
        assertEquals(1, releases.size());
        PluginFolder.Release release = releases.get(0);
        assertEquals("openemp-tariff-1.1.0", release.repositoryName());
        assertTrue(release.uri().toString().endsWith("tariff-1.1.0-features.xml"));
        assertEquals(2, release.features().size());
        assertEquals("openemp-plugin-tariff", release.features().get(0).name());
        assertEquals("1.1.0", release.features().get(0).version());
        assertEquals("Tariffs", release.features().get(0).description());
    }

    @Test
    public void anAbsentFolderHasNoReleases() throws Exception {
        assertTrue(new PluginFolder(Path.of("/nonexistent/openemp/plugins")).scan().isEmpty());
    }

    @Test
    public void externalEntitiesAreNeverRead() throws Exception {
        Path folder = Files.createTempDirectory("plugins");
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE features [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<features name=\"&x;\"><feature name=\"openemp-plugin-evil\" version=\"1.0.0\" description=\"&x;\"/></features>";
        Files.write(folder.resolve("evil.xml"), hostile.getBytes(StandardCharsets.UTF_8));
        List<PluginFolder.Release> releases = new PluginFolder(folder).scan();
        for (PluginFolder.Release r : releases) {
            assertTrue(String.valueOf(r), !String.valueOf(r).contains("TOP-SECRET"));
        }
    }

    @Test
    public void oversizedFilesAreSkipped() throws Exception {
        Path folder = Files.createTempDirectory("plugins");
        StringBuilder big = new StringBuilder("<features name=\"big\">");
        while (big.length() <= PluginFolder.MAX_FILE_BYTES) {
            big.append("<!-- padding padding padding padding padding padding padding padding -->");
        }
        Files.writeString(folder.resolve("big.xml"), big.append("</features>"));
        assertTrue(new PluginFolder(folder).scan().isEmpty());
    }
}
