/**
 * The Java types of the {@code vee} JSON-RPC methods (validation, estimation and editing of meter readings):
 * rule sets per reading type, findings, estimates and audit entries, and the names of the quality flags the
 * rules set. Clients over JSON-RPC never need these classes; a Java caller in the same container may use them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.vee.api;
