package io.openemp.plugins.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;

/**
 * FeaturesService with {@link FeaturesService.Option#NoAutoRefreshBundles}: bundles of other features are never
 * refreshed (restarted) by a plugin operation, so the rest of the platform keeps serving.
 */
final class KarafFeatureBackend implements FeatureBackend {

    static final EnumSet<FeaturesService.Option> OPTIONS = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    private final FeaturesService features;

    KarafFeatureBackend(FeaturesService features) {
        this.features = features;
    }

    @Override
    public List<Feature> features() throws Exception {
        List<Feature> out = new ArrayList<>();
        for (Repository repository : features.listRepositories()) {
            for (org.apache.karaf.features.Feature f : repository.getFeatures()) {
                out.add(new Feature(f.getName(), f.getVersion(), String.valueOf(repository.getURI()),
                        f.getDescription(), features.isInstalled(f)));
            }
        }
        return out;
    }

    @Override
    public void addRepository(URI uri) throws Exception {
        if (features.getRepository(uri) == null) {
            features.addRepository(uri, false);
        }
    }

    @Override
    public void install(String name, String version) throws Exception {
        features.installFeature(name, version, OPTIONS);
    }

    @Override
    public void uninstall(String name, String version) throws Exception {
        features.uninstallFeature(name, version, OPTIONS);
    }
}
