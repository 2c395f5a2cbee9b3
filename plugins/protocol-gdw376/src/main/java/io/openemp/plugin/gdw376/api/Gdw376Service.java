package io.openemp.plugin.gdw376.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's Q/GDW 1376.1 codec as an OSGi service: a master station decodes its connections through
 * {@link #codec()} so that every rejection counts in the statistics {@code gdw376.stats} reports.
 */
@ProviderType
public interface Gdw376Service {

    /** The shared codec (configured by PID {@code io.openemp.plugin.gdw376}). */
    Gdw376Codec codec();

    /** An analyser over the shared codec. */
    FrameAnalyser analyser();
}
