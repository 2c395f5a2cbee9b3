/** Authentication as every transport (HTTP, Thrift, console) sees it. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.access.api;
