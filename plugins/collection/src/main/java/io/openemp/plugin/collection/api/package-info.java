/**
 * The types of the {@code collection} JSON-RPC methods: collection tasks (what to read, from which terminals or
 * devices, when, with how many retries), the terminals' sessions, the outcome of a run and the statistics.
 * Clients over JSON-RPC never need these classes; a Java caller in the same container may use them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.collection.api;
