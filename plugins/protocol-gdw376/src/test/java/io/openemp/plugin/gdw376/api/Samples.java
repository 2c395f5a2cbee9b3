package io.openemp.plugin.gdw376.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The captured frames of liangminhua/qgdw376.1.ksy ({@code packet-sample/}), read as they are from the shared
 * data folder ({@code shared/data/qgdw3761-packet-samples}).
 */
public final class Samples {

    private static Map<String, byte[]> cache;

    private Samples() {
    }

    /**
     * The folder: system property gdw376.samples, else the copy in the test resources, else shared/data found
     * upwards from the working directory.
     */
    public static Path folder() {
        String given = System.getProperty("gdw376.samples");
        if (given != null && Files.isDirectory(Paths.get(given))) {
            return Paths.get(given);
        }
        java.net.URL copied = Samples.class.getResource("/qgdw3761-packet-samples/login.3761");
        if (copied != null && "file".equals(copied.getProtocol())) {
            try {
                return Paths.get(copied.toURI()).getParent();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/qgdw3761-packet-samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/qgdw3761-packet-samples not found");
    }

    /** File name (without .3761) to bytes, in name order. */
    public static synchronized Map<String, byte[]> all() {
        if (cache == null) {
            Map<String, byte[]> out = new TreeMap<>();
            try (Stream<Path> files = Files.list(folder())) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".3761")) {
                        out.put(name.substring(0, name.length() - 5), Files.readAllBytes(file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cache = new LinkedHashMap<>(out);
        }
        return cache;
    }

    /** One sample's bytes. */
    public static byte[] get(String name) {
        byte[] bytes = all().get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("no sample " + name);
        }
        return bytes.clone();
    }

    /** ALL.hex.txt: name to hex. */
    public static Map<String, String> hexList() {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(folder().resolve("ALL.hex.txt"))) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    out.put(parts[0].replace(".3761", ""), parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
