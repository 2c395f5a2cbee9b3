package io.openemp.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local plugin repository: a folder where an admin drops releases as Karaf features repository files
 * ({@code *.xml}, root element {@code features}); their bundles are referenced by {@code mvn:} or {@code file:}
 * URLs as in any features file. Files that are not features repositories are skipped with a warning.
 */
final class PluginFolder {

    private static final Logger LOG = LoggerFactory.getLogger(PluginFolder.class);

    /** A features repository file of the folder and the features it declares. */
    record Release(URI uri, String repositoryName, List<FeatureBackend.Feature> features) {
    }

    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    static final int MAX_FILES = 500;

    private final Path folder;

    PluginFolder(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** The releases in the folder, sorted by file name; an absent folder has none. */
    List<Release> scan() throws IOException {
        List<Release> releases = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return releases;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.xml")) {
            for (Path file : stream) {
                if (Files.isRegularFile(file) && files.size() < MAX_FILES) {
                    files.add(file);
                }
            }
        }
        files.sort(null);
        for (Path file : files) {
            if (Files.size(file) > MAX_FILE_BYTES) {
                LOG.warn("Skipping {}: larger than {} bytes", file, MAX_FILE_BYTES);
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                Release release = read(file.toUri(), in);
                if (release != null) {
                    releases.add(release);
                } else {
                    LOG.warn("Skipping {}: not a Karaf features repository", file);
                }
            } catch (XMLStreamException e) {
                LOG.warn("Skipping {}: not well-formed XML: {}", file, e.getMessage());
            }
        }
        return releases;
    }

    /** The features of one repository file, or {@code null} when its root element is not {@code features}. */
    static Release read(URI uri, InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // no DTDs and no external entities: a dropped file must not make the platform read other files or hosts
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader reader = factory.createXMLStreamReader(in);
        try {
            String repositoryName = null;
            List<FeatureBackend.Feature> features = new ArrayList<>();
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String element = reader.getLocalName();
                    if (depth == 1) {
                        if (!element.equals("features")) {
                            return null;
                        }
                        repositoryName = reader.getAttributeValue(null, "name");
                    } else if (depth == 2 && element.equals("feature")) {
                        String name = reader.getAttributeValue(null, "name");
                        String version = reader.getAttributeValue(null, "version");
                        if (name != null) {
                            features.add(new FeatureBackend.Feature(name, version == null ? "0.0.0" : version,
                                    uri.toString(), reader.getAttributeValue(null, "description"), false));
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return new Release(uri, repositoryName, features);
        } finally {
            reader.close();
        }
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // not every StAX implementation knows the JAXP property; DTDs are already off
        }
    }
}
