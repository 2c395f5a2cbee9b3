package io.openemp.data.documents.internal;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.openemp.data.documents.api.ServerKind;

/**
 * The store's configuration as values, with {@code ${property}} placeholders of the data file replaced by
 * system properties. Nothing here is checked against the world: {@link StoreConnection#open} does that.
 *
 * @param uri the external server's connection string; empty for the embedded server
 * @param embeddedPort the embedded server's port, 0 for a free one
 * @param embeddedDataFile the embedded server's MVStore file, or null to keep documents in memory
 * @param embeddedCommitEachWrite whether the embedded server commits its file after every write
 * @param timeoutMillis server selection and connect timeout
 */
record Settings(String uri, int embeddedPort, Path embeddedDataFile, boolean embeddedCommitEachWrite, int timeoutMillis) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    static Settings of(DocumentStoreConfig config) {
        String uri = config.uri() == null ? "" : config.uri().trim();
        String file = config.embeddedDataFile() == null ? "" : config.embeddedDataFile().trim();
        return new Settings(uri, config.embeddedPort(), file.isEmpty() ? null : Path.of(expand(file)),
                config.embeddedCommitEachWrite(), config.timeoutMillis());
    }

    ServerKind kind() {
        return uri.isEmpty() ? ServerKind.EMBEDDED : ServerKind.EXTERNAL;
    }

    /**
     * Replaces each {@code ${name}} by the system property {@code name}; {@code karaf.data} defaults to
     * {@code data} under the working directory when the JVM is not Karaf.
     */
    static String expand(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = System.getProperty(name, name.equals("karaf.data") ? "data" : null);
            if (value == null) {
                throw new IllegalArgumentException("embeddedDataFile: no system property '" + name + "' for ${" + name + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
