/**
 * The DL/T 645-2007 codec: what a master station, a meter simulator or a tool needs to speak the protocol.
 *
 * <ul>
 * <li>The frame model: {@link io.openemp.plugin.dlt645.api.Dlt645Frame} and its records, one per request and reply
 * layout of the standard, with {@link io.openemp.plugin.dlt645.api.MeterAddress},
 * {@link io.openemp.plugin.dlt645.api.ControlCode} and {@link io.openemp.plugin.dlt645.api.DataId}.</li>
 * <li>{@link io.openemp.plugin.dlt645.api.Dlt645Codec}: bytes to a frame or a typed
 * {@link io.openemp.plugin.dlt645.api.Rejection} (never an exception), and frames to bytes;
 * {@link io.openemp.plugin.dlt645.api.FrameSplitter} finds frames in a byte stream.</li>
 * <li>{@link io.openemp.plugin.dlt645.api.DataCatalogue}: data identifiers as data (name, format, unit, sign, block
 * members) and their values as {@link java.math.BigDecimal}, both ways.</li>
 * <li>{@link io.openemp.plugin.dlt645.api.Dlt645Requests}: builders of the master's requests.</li>
 * <li>{@link io.openemp.plugin.dlt645.api.FrameAnalyser}: every field of a frame with its meaning, for people.</li>
 * <li>{@link io.openemp.plugin.dlt645.api.Dlt645Service}: the OSGi service the bundle publishes (a shared codec whose
 * rejections show in {@code dlt645.stats}).</li>
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.dlt645.api;
