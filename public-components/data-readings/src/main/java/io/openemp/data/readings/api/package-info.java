/**
 * The meter-reading store every plugin uses: {@link io.openemp.data.readings.api.ReadingStore} and its value
 * types. Protocol plugins append batches of {@link io.openemp.data.readings.api.Reading}s; business plugins query
 * them raw, aggregated over the organisation's local calendar, latest per meter, as gaps or as the revision
 * history of one value. Meters and reading types are master data of another module, reached through
 * {@link io.openemp.data.readings.api.MeterDirectory}. The same operations are JSON-RPC methods
 * {@code readings.*}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package io.openemp.data.readings.api;
