package io.openemp.plugin.dlt645.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The DL/T 645 codec as an OSGi service, published by this bundle with its configured limits: a master station
 * gets its codec and splitters here, so their rejections are counted in {@code dlt645.stats} with everyone else's.
 */
@ProviderType
public interface Dlt645Service {

    /** The shared codec (thread-safe). */
    Dlt645Codec codec();

    /** A new splitter for one stream, on the shared codec with the configured buffer limit. */
    FrameSplitter splitter(FrameSplitter.Listener listener);

    /** The data identifier catalogue. */
    DataCatalogue catalogue();

    /** Every field of the frame in {@code bytes}. */
    FrameAnalysis analyse(byte[] bytes);

    /** The counters of the shared codec and its splitters. */
    Dlt645Stats stats();
}
