package io.openemp.plugins.internal;

import java.net.URI;
import java.util.List;

/** The feature operations plugin management needs; Karaf's FeaturesService in the platform. */
interface FeatureBackend {

    /** A feature as a repository declares it. */
    record Feature(String name, String version, String repository, String description, boolean installed) {
    }

    /** Every feature of every known repository. */
    List<Feature> features() throws Exception;

    /** Makes a repository file known (idempotent). */
    void addRepository(URI uri) throws Exception;

    /** Installs exactly {@code name}/{@code version}, starting its bundles, without refreshing other bundles. */
    void install(String name, String version) throws Exception;

    /** Uninstalls exactly {@code name}/{@code version}, without refreshing other bundles. */
    void uninstall(String name, String version) throws Exception;
}
