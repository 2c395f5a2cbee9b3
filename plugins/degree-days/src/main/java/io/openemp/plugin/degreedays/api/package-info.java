/**
 * The Java types of the {@code degree-days} JSON-RPC methods: what {@code degree-days.compute} takes and
 * returns, the configured bases, and the plugin's own error code. Clients over JSON-RPC never need these
 * classes; a Java caller in the same container may use them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.degreedays.api;
