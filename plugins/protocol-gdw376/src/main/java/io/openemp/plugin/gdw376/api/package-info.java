/**
 * The Q/GDW 1376.1 codec: the frame model ({@link io.openemp.plugin.gdw376.api.Frame} and its parts), the codec
 * ({@link io.openemp.plugin.gdw376.api.Gdw376Codec}: decoding never throws and answers a frame or a typed
 * rejection), the stream splitter ({@link io.openemp.plugin.gdw376.api.FrameScanner},
 * {@link io.openemp.plugin.gdw376.api.StreamDecoder}), the catalogue of Fn data layouts
 * ({@link io.openemp.plugin.gdw376.api.Catalogue}), builders of requests and replies
 * ({@link io.openemp.plugin.gdw376.api.Requests}, {@link io.openemp.plugin.gdw376.api.Replies}) and the frame
 * analyser behind {@code gdw376.decode}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.gdw376.api;
