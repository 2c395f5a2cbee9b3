/**
 * Access control as the rest of the platform sees it: authentication for every transport (HTTP, Thrift,
 * console), the audit log the dispatcher writes state-changing calls to, and users' data scopes.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.openemp.access.api;
