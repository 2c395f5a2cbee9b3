/** The platform bus: publish events on namespaced topics and subscribe to topic patterns. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.bus.api;
